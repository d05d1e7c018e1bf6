using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"responded quickly by slotting over a penalty": a response made by a deed, not by words.</summary>
    public class RespondedByActingTests
    {
        [Fact]
        public void A_response_by_a_deed_is_no_report()
        {
            ExtractedArticle a = Extracted.From("Percy Montgomery responded quickly by slotting over a superb penalty from near the right touchline.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void A_reply_in_kind_is_no_report()
        {
            ExtractedArticle a = Extracted.From("Manuel Contepomi replied in kind four minutes into first-half injury time.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void A_response_by_explaining_stays_a_report()
        {
            ExtractedArticle a = Extracted.From("Sullivan responded by explaining it was impossible to send her the information.");
            Assert.Contains(a.QuoteTexts(), x => x.Contains("it was impossible to send her the information"));
        }
    }
}
