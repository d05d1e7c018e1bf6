using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"The Japanese government has forecast ... it said": an organisation described as the subject is what "it" stands for.</summary>
    public class DescribedSubjectTests
    {
        [Fact]
        public void It_refers_to_the_government_described_as_the_subject_before()
        {
            ExtractedArticle a = Extracted.From(
                "Growth is set to slow next year. The Japanese government has forecast that growth will slow to 1.6% next year. It said it was making progress on ending deflation.");
            Assert.Equal("The Japanese government", a.SpeakerOf(a.Quote("it was making progress on ending deflation")));
        }

        [Fact]
        public void A_bare_company_description_gives_no_guess()
        {
            ExtractedArticle a = Extracted.From(
                "Sun launched the service at its Network Computing event in California. The company will have to persuade managers to adopt a new model. It said it already had interest from customers.");
            Assert.NotEqual("Network Computing", a.SpeakerOf(a.Quote("it already had interest from customers")));
        }
    }
}
