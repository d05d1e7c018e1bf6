using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>A share of a poll's answers reports what they said, but no later quotation or "it" goes to it.</summary>
    public class ShareSpeakerTests
    {
        [Fact]
        public void An_unattributed_quotation_after_a_share_stays_with_the_person_quoted_before()
        {
            string text = "Anna Berg, from the harbour trust, said the ferry would run again.\n\n" +
                          "A survey found that 80% say they want it back.\n\n" +
                          "\"The trust will pay for the first year of the service, and the council for the rest.\"";
            ExtractedArticle a = Extracted.From(text);
            Assert.Equal("Anna Berg", a.SpeakerOf(a.Quote("The trust will pay")));
        }

        [Fact]
        public void It_is_no_share_of_people()
        {
            string text = "The Harbour Trust said the ferry was losing money. Fifty nine percent of people said they wanted it kept. " +
                          "Fares would have to rise, it warned.";
            ExtractedArticle a = Extracted.From(text);
            Assert.NotEqual("Fifty nine percent of people", a.SpeakerOf(a.Quote("Fares would have to rise")));
        }
    }
}
