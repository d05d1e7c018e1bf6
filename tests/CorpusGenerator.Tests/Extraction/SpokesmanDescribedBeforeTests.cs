using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"A CRE spokesman said ...", then "the spokesman said": the spokesman quoted before by description.</summary>
    public class SpokesmanDescribedBeforeTests
    {
        [Fact]
        public void The_spokesman_is_the_spokesman_described_before()
        {
            ExtractedArticle a = Extracted.From(
                "A CRE spokesman said the organisation had nothing to add on the issue. \"We will be raising it with each of the party leaders,\" the spokesman said.");
            Assert.Equal(a.SpeakerOf(a.Quote("the organisation had nothing")), a.SpeakerOf(a.Quote("We will be raising")));
            Assert.NotNull(a.SpeakerOf(a.Quote("We will be raising")));
        }

        [Fact]
        public void A_person_quoted_in_between_stops_the_walk()
        {
            ExtractedArticle a = Extracted.From(
                "A CRE spokesman said the organisation had nothing to add. Labour chairman Ian McCartney said the party would consult. \"We will be raising it,\" the spokesman said.");
            Assert.NotEqual(a.SpeakerOf(a.Quote("the organisation had nothing")), a.SpeakerOf(a.Quote("We will be raising")));
        }

        [Fact]
        public void A_spokeswoman_is_not_the_spokesman_described_before()
        {
            ExtractedArticle a = Extracted.From(
                "A CRE spokesman said the organisation had nothing to add on the issue. \"We will be raising it with each of the party leaders,\" the spokeswoman said.");
            Assert.NotEqual(a.SpeakerOf(a.Quote("the organisation had nothing")), a.SpeakerOf(a.Quote("We will be raising")));
        }

        [Fact]
        public void It_is_no_spokesman()
        {
            ExtractedArticle a = Extracted.From(
                "A Delta spokesperson confirmed on Wednesday that Ms Simonetti was no longer an employee. Delta has been hit by rising fuel costs. It has said it needs to cut 7,000 jobs.");
            Assert.NotEqual("A Delta spokesperson", a.SpeakerOf(a.Quote("it needs to cut")));
        }

        [Fact]
        public void The_spokesman_is_the_spokesman_for_a_body_described_before()
        {
            ExtractedArticle a = Extracted.From(
                "Ministers want to return some children. A spokesman for the Home Office said it was wholly wrong to suggest that the plan was to leave them. \"We are developing a returns programme for these children,\" said the spokesman.");
            Assert.Equal(a.SpeakerOf(a.Quote("it was wholly wrong")), a.SpeakerOf(a.Quote("We are developing")));
            Assert.NotNull(a.SpeakerOf(a.Quote("We are developing")));
        }
    }
}
