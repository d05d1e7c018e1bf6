using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"As reported by X, C" and "C, as first reported by X.": X is the source of C, as with "according to X".</summary>
    public class AsReportedTests
    {
        [Fact]
        public void An_opening_as_reported_by_reports_the_clause_after_its_comma()
        {
            ExtractedArticle a = Extracted.From("As reported by the Harbor City Ledger, inspectors found cracks in the bridge.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("inspectors found cracks in the bridge", q.Span.Of(a.Text));
            Assert.Contains("Harbor City Ledger", a.MentionOf(q), System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_closing_as_first_reported_by_reports_the_clause_before_it()
        {
            ExtractedArticle a = Extracted.From("Inspectors found cracks in the bridge, as first reported by the Harbor City Ledger.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("Inspectors found cracks in the bridge", q.Span.Of(a.Text));
            Assert.Contains("Harbor City Ledger", a.MentionOf(q), System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_passive_reported_by_with_no_as_reports_nothing()
        {
            Assert.Empty(Extracted.From("The cracks were reported by inspectors in May.").Quotes);
        }
    }
}
