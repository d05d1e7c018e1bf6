using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    // The runtime library has a QuoteKind too (CorpusGenerator.QuoteKind); these tests mean the engine's.
    using QuoteKind = CorpusGenerator.Extraction.QuoteKind;

    /// <summary>"according to X": what the source reports, and who the source is.</summary>
    public class AccordingToTests
    {
        [Fact]
        public void An_opening_according_to_reports_the_whole_clause_participle_included()
        {
            ExtractedArticle a = Extracted.From("According to Jane Fairweather, inspectors arrived at noon, describing the kitchen as filthy.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal(QuoteKind.Indirect, q.Kind);
            Assert.Equal("inspectors arrived at noon, describing the kitchen as filthy", q.Span.Of(a.Text));
            Assert.Equal("Jane Fairweather", a.MentionOf(q));
        }
    }
}
