using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "... traffic congestion. ( Robyn Beck/Bloomberg News )": a bracket that opens with a capital
    /// after a period starts a sentence, so the reported clause before it ends at the period.
    /// </summary>
    public class BracketedSentenceTests
    {
        [Fact]
        public void A_report_ends_before_a_bracketed_credit()
        {
            ExtractedArticle a = Extracted.From("Elon Musk says the system, simply called 'loop,' is a first step toward a network to ease traffic congestion. ( Robyn Beck/Bloomberg News )");
            Assert.Equal("the system, simply called 'loop,' is a first step toward a network to ease traffic congestion", a.Quote("first step").Span.Of(a.Text));
        }

        [Fact]
        public void A_report_ends_before_a_bracketed_aside()
        {
            ExtractedArticle a = Extracted.From("Lena Park said the House is within reach. (The chances of that are slim, as the other party holds a large majority.)");
            Assert.Equal("the House is within reach", a.Quote("within reach").Span.Of(a.Text));
        }
    }
}
