using System.Linq;
using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>Helpers to read an extraction in tests.</summary>
    internal static class Extracted
    {
        public static ExtractedArticle From(string text) => ArticleExtractor.Extract(text);

        public static string[] QuoteTexts(this ExtractedArticle article) => article.Quotes.Select(q => q.Span.Of(article.Text)).ToArray();

        public static ExtractedQuote Quote(this ExtractedArticle article, string containing) =>
            Assert.Single(article.Quotes, q => q.Span.Of(article.Text).Contains(containing, System.StringComparison.Ordinal));

        public static string? SpeakerOf(this ExtractedArticle article, ExtractedQuote quote) =>
            quote.Speaker >= 0 ? article.Speakers[quote.Speaker].Name : null;

        public static string? CueOf(this ExtractedArticle article, ExtractedQuote quote) => quote.Cue?.Of(article.Text);

        public static string? MentionOf(this ExtractedArticle article, ExtractedQuote quote) => quote.SpeakerMention?.Of(article.Text);
    }
}
