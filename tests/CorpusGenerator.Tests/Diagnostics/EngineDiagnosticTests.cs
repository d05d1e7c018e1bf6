using CorpusGenerator.Reading;
using System.Threading;
using CorpusGenerator.Extraction;
using CorpusGenerator.Generation;
using CorpusGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace CorpusGenerator.Tests.Diagnostics
{
    /// <summary>
    /// The diagnostics that come from what the engine finds (CORPUS002, 004, 006), located by the
    /// generator in the article file. The engine here is a stand-in that finds exactly what the test
    /// says, so these hold whatever the real engine finds in a given text.
    /// </summary>
    public class EngineDiagnosticTests
    {
        private const string Text = "Title\r\n\r\n\u201CWe will,\u201D said John Smith.\nJohn-Smith agreed. \u201CNever closed\n";

        private static List<Diagnostic> Parse(Func<ExtractedArticle, ExtractedArticle> found)
        {
            var file = new ArticleFile(new InMemoryAdditionalText("corpus/a.txt", Text), "corpus/a.txt", null, CorpusGenerator.Reading.ArticleAnalysis.DefaultMaxBytes, null);
            ParsedArticle parsed = ArticleParser.Parse(file, (text, _) => found(ExtractionGuard.TextOnly(text)), CancellationToken.None);
            Assert.DoesNotContain(parsed.Diagnostics, d => d.Id == "CORPUS011");
            return parsed.Diagnostics.Select(d => d.ToDiagnostic()).ToList();
        }

        private static TextRange Find(string what, int from = 0)
        {
            int start = Text.IndexOf(what, from, StringComparison.Ordinal);
            return new TextRange(start, start + what.Length);
        }

        private static (int Line, int Column) At(Diagnostic diagnostic)
        {
            var span = diagnostic.Location.GetLineSpan();
            Assert.Equal("corpus/a.txt", span.Path);
            return (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
        }

        [Fact]
        public void An_unclosed_quotation_reported_by_the_engine_points_at_its_opening_mark()
        {
            TextRange mark = Find("\u201CNever");
            var diagnostics = Parse(a => a with { Problems = new EquatableArray<ArticleProblem>(new[] { new ArticleProblem("CORPUS002", new TextRange(mark.Start, mark.Start + 1), "") }) });
            Diagnostic unclosed = Assert.Single(diagnostics);
            Assert.Equal(("CORPUS002", DiagnosticSeverity.Warning), (unclosed.Id, unclosed.Severity));
            Assert.Equal((4, 20), At(unclosed));
        }

        [Fact]
        public void A_quote_without_a_speaker_is_an_info_at_the_quote()
        {
            var diagnostics = Parse(a => a with
            {
                Paragraphs = new EquatableArray<TextRange>(new[] { new TextRange(9, Text.Length - 1) }),
                Quotes = new EquatableArray<ExtractedQuote>(new[] { new ExtractedQuote(global::CorpusGenerator.Extraction.QuoteKind.Direct, Find("We will,"), -1, null, null, 0) }),
            });
            Diagnostic unattributed = Assert.Single(diagnostics);
            Assert.Equal(("CORPUS004", DiagnosticSeverity.Info), (unattributed.Id, unattributed.Severity));
            Assert.Equal((3, 2), At(unattributed));
            Assert.Equal("We will,".Length, unattributed.Location.SourceSpan.Length);
        }

        [Fact]
        public void Two_speakers_with_one_member_name_are_both_kept_and_the_second_reported_at_its_first_mention()
        {
            var diagnostics = Parse(a => a with
            {
                Speakers = new EquatableArray<ExtractedSpeaker>(new[]
                {
                    new ExtractedSpeaker("John Smith", null, new EquatableArray<TextRange>(new[] { Find("John Smith") })),
                    new ExtractedSpeaker("John-Smith", null, new EquatableArray<TextRange>(new[] { Find("John-Smith") })),
                }),
            });
            Diagnostic clash = Assert.Single(diagnostics);
            Assert.Equal(("CORPUS006", DiagnosticSeverity.Warning), (clash.Id, clash.Severity));
            Assert.Equal((4, 1), At(clash));
            Assert.Equal("The speakers 'John Smith' and 'John-Smith' both map to the member name 'JohnSmith'; the second is named 'JohnSmith2'", clash.GetMessage());
        }
    }
}
