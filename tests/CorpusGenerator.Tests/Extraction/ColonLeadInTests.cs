using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "But some struck a more worrying tone: “Shame they are getting more popular,” wrote Stuart
    /// Stanton-Davies.": the writer's lead-in before the colon is not what was written.
    /// </summary>
    public class ColonLeadInTests
    {
        [Fact]
        public void The_lead_in_before_a_colon_is_left_out_of_a_fronted_quote()
        {
            ExtractedArticle a = Extracted.From("But some readers struck a more worrying tone: \"Shame they are getting more popular,\" wrote Stuart Stanton-Davies, in Huddersfield.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal(CorpusGenerator.Extraction.QuoteKind.Direct, q.Kind);
            Assert.Equal("Shame they are getting more popular,", q.Span.Of(a.Text));
        }
    }
}
