using CorpusGenerator.Reading;
using System.Threading;
using CorpusGenerator.Extraction;
using CorpusGenerator.Generation;

namespace CorpusGenerator.Tests.Robustness
{
    /// <summary>
    /// Whatever the extraction engine does (throw, or return ranges that do not fit), the article
    /// keeps its text and the build gets a CORPUS011 instead of CS8785.
    /// </summary>
    public class ExtractionGuardTests
    {
        private const string Text = "Title\n\n\"Quote,\" said Someone.\n";

        private static ExtractedArticle Valid(string text) => ExtractionGuard.TextOnly(text) with
        {
            Paragraphs = new EquatableArray<TextRange>(new[] { new TextRange(7, text.Length - 1) }),
            Speakers = new EquatableArray<ExtractedSpeaker>(new[] { new ExtractedSpeaker("Someone", null, new EquatableArray<TextRange>(new[] { new TextRange(21, 28) })) }),
            Quotes = new EquatableArray<ExtractedQuote>(new[] { new ExtractedQuote(global::CorpusGenerator.Extraction.QuoteKind.Direct, new TextRange(8, 14), 0, new TextRange(21, 28), new TextRange(16, 20), 0) }),
        };

        [Fact]
        public void A_sound_result_is_kept()
        {
            ExtractedArticle article = ExtractionGuard.Extract(Text, (t, _) => Valid(t), default, out string? failure);
            Assert.Null(failure);
            Assert.Single(article.Quotes);
        }

        [Fact]
        public void An_engine_that_throws_leaves_the_text_and_says_why()
        {
            ExtractedArticle article = ExtractionGuard.Extract(Text, (_, _) => throw new IndexOutOfRangeException("line 1\nline 2"), default, out string? failure);
            Assert.Equal("IndexOutOfRangeException: line 1 line 2", failure);
            Assert.Equal(Text, article.Text);
            Assert.Empty(article.Quotes);
            Assert.Empty(article.Speakers);
        }

        [Fact]
        public void Cancellation_is_not_a_failure_and_goes_through()
        {
            using var cancelled = new CancellationTokenSource();
            cancelled.Cancel();
            Assert.Throws<OperationCanceledException>(() =>
                ExtractionGuard.Extract(Text, (_, token) => { token.ThrowIfCancellationRequested(); return Valid(Text); }, cancelled.Token, out _));
        }

        public static TheoryData<string, Func<ExtractedArticle, ExtractedArticle>> Broken() => new()
        {
            { "another text", a => a with { Text = "other" } },
            { "title", a => a with { Title = new TextRange(0, 999) } },
            { "paragraph", a => a with { Paragraphs = new EquatableArray<TextRange>(new[] { new TextRange(0, 999) }) } },
            { "heading", a => a with { Headings = new EquatableArray<TextRange>(new[] { new TextRange(998, 999) }) } },
            { "mention", a => a with { Speakers = new EquatableArray<ExtractedSpeaker>(new[] { new ExtractedSpeaker("X", null, new EquatableArray<TextRange>(new[] { new TextRange(0, 999) })) }) } },
            { "speaker name", a => a with { Speakers = new EquatableArray<ExtractedSpeaker>(new[] { new ExtractedSpeaker(null!, null, EquatableArray<TextRange>.Empty) }) } },
            { "quote speaker", a => a with { Quotes = new EquatableArray<ExtractedQuote>(new[] { a.Quotes[0] with { Speaker = 3 } }) } },
            { "quote paragraph", a => a with { Quotes = new EquatableArray<ExtractedQuote>(new[] { a.Quotes[0] with { Paragraph = 1 } }) } },
            { "quote span", a => a with { Quotes = new EquatableArray<ExtractedQuote>(new[] { a.Quotes[0] with { Cue = new TextRange(0, 999) } }) } },
            { "problem id", a => a with { Problems = new EquatableArray<ArticleProblem>(new[] { new ArticleProblem("CORPUS999", new TextRange(0, 1), "") }) } },
            { "problem argument", a => a with { Problems = new EquatableArray<ArticleProblem>(new[] { new ArticleProblem("CORPUS002", new TextRange(0, 1), null!) }) } },
        };

        [Theory]
        [MemberData(nameof(Broken))]
        public void A_result_that_does_not_fit_its_text_is_not_used(string what, Func<ExtractedArticle, ExtractedArticle> breakIt)
        {
            ExtractedArticle article = ExtractionGuard.Extract(Text, (t, _) => breakIt(Valid(t)), default, out string? failure);
            Assert.True(failure != null, what);
            Assert.Equal(ExtractionGuard.TextOnly(Text), article);
        }
    }
}
