using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"the Office for National Statistics said": "for" is inside the organisation's name.</summary>
    public class InnerPrepositionTests
    {
        [Fact]
        public void An_organisation_named_with_for_speaks_under_its_whole_name()
        {
            ExtractedArticle a = Extracted.From(
                "Rail fares will rise again in March. The Department for Rural Transport said the increase was needed to pay for new trains. " +
                "Unemployment also fell, the Office for Regional Statistics said on Tuesday.");
            Assert.Equal("The Department for Rural Transport", a.SpeakerOf(a.Quote("the increase was needed")));
            Assert.Equal("the Office for Regional Statistics", a.SpeakerOf(a.Quote("Unemployment also fell")));
        }

        [Fact]
        public void An_object_of_for_that_runs_into_and_is_left_to_the_conjunction()
        {
            ExtractedArticle a = Extracted.From("The Institute for Farming and Rural Affairs said prices would rise.");
            Assert.NotEqual("Institute for Farming", a.SpeakerOf(a.Quote("prices would rise")));
        }

        [Fact]
        public void An_article_after_an_inner_of_stays_in_the_name()
        {
            ExtractedArticle a = Extracted.From(
                "Sales of singles fell again. The International Federation of the Gramophone Trade said downloads would soon overtake them. " +
                "The striker wants to leave, the Echo of the North reports.");
            Assert.Equal("The International Federation of the Gramophone Trade", a.SpeakerOf(a.Quote("downloads would soon overtake")));
        }

        [Fact]
        public void A_person_speaking_for_an_organisation_keeps_the_speaker()
        {
            ExtractedArticle a = Extracted.From("A spokesman for Northwind Foods said the plant would close.");
            Assert.NotEqual("Northwind Foods", a.SpeakerOf(a.Quote("the plant would close")));
        }
    }
}
