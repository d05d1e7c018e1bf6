using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "joked in his turn to answer the question, “It was a twinkle ...”": a longer phrase of where,
    /// how or to whom before a quotation in capitals is no part of what was said.
    /// </summary>
    public class LongAdverbialTests
    {
        [Fact]
        public void A_long_phrase_before_a_quotation_in_capitals_is_left_out()
        {
            ExtractedArticle a = Extracted.From("The mayor spoke first. Rival candidate Bruce Hayne joked in his turn to answer the question, “It was a twinkle in some engineer’s eye some years ago.”");
            ExtractedQuote q = a.Quote("twinkle");
            Assert.Equal(CorpusGenerator.Extraction.QuoteKind.Direct, q.Kind);
            Assert.Equal("It was a twinkle in some engineer’s eye some years ago.", q.Span.Of(a.Text));
        }

        [Fact]
        public void A_that_clause_before_the_quotation_stays_in_the_report()
        {
            ExtractedArticle a = Extracted.From("The senator spoke first. She jokingly tells audiences that after more than 200 years and 44 male presidents, “It's time.”");
            Assert.StartsWith("after more than 200 years", a.Quote("It's time").Span.Of(a.Text), System.StringComparison.Ordinal);
        }
    }
}
