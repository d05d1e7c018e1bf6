using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "According to analysts' forecasts, HSBC will report profits of £9.4bn.": the plural
    /// possessive's apostrophe belongs to the source's phrase, not to what is reported.
    /// </summary>
    public class PluralPossessiveSourceTests
    {
        [Fact]
        public void The_content_starts_after_the_comma_closing_a_plural_possessive_source()
        {
            ExtractedArticle a = Extracted.From("According to analysts' forecasts, HSBC, the biggest UK bank, will report profits of £9.4bn later this month.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("HSBC, the biggest UK bank, will report profits of £9.4bn later this month", q.Span.Of(a.Text));
        }
    }
}
