using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Ann Brody reported from Oslo.": a reporter's credit says where, not what.</summary>
    public class ReportedFromTests
    {
        [Fact]
        public void A_reporters_credit_is_no_report()
        {
            ExtractedArticle a = Extracted.From("The hall was full.\n\nAnn Brody reported from Oslo, Norway, and Marta Lindqvist from Bergen.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void A_that_clause_after_the_place_is_still_reported()
        {
            ExtractedArticle a = Extracted.From("The hall was full.\n\nAnn Brody reported from Oslo that the harbour was closed.");
            ExtractedQuote q = a.Quote("the harbour was closed");
            Assert.Equal("Ann Brody", a.MentionOf(q));
        }
    }
}
