using CorpusGenerator.Reading;
using System.Threading;
using CorpusGenerator.Emit;
using CorpusGenerator.Extraction;
using CorpusGenerator.Generation;
using CorpusGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGenerator.Tests.Robustness
{
    /// <summary>
    /// An engine that fails on one article: the article is reported (CORPUS011, at its file, with the
    /// exception's message) and still compiled with its whole text and nothing extracted.
    /// </summary>
    public class FailingEngineTests
    {
        private const string Text = "Title\n\n\u201CA quote,\u201D said Someone.\n";

        public static TheoryData<string, Func<string, CancellationToken, ExtractedArticle>> Engines() => new()
        {
            { "InvalidOperationException: engine bug", (_, _) => throw new InvalidOperationException("engine bug") },
            { "a paragraph lies outside the text", (t, _) => ExtractionGuard.TextOnly(t) with { Paragraphs = new EquatableArray<TextRange>(new[] { new TextRange(0, t.Length + 5) }) } },
            { "the engine returned no result", (_, _) => null! },
        };

        [Theory]
        [MemberData(nameof(Engines))]
        public void The_article_is_reported_and_compiled_with_its_text_only(string why, Func<string, CancellationToken, ExtractedArticle> engine)
        {
            var file = new ArticleFile(new InMemoryAdditionalText("corpus/broken.txt", Text), "corpus/broken.txt", null, CorpusGenerator.Reading.ArticleAnalysis.DefaultMaxBytes, null);
            ParsedArticle parsed = ArticleParser.Parse(file, engine, default);

            Diagnostic failed = Assert.Single(parsed.Diagnostics, d => d.Id == "CORPUS011").ToDiagnostic();
            Assert.Equal("corpus/broken.txt", failed.Location.GetLineSpan().Path);
            Assert.Contains(why, failed.GetMessage());
            Assert.Contains(ExtractionGuard.TextOnlyConsequence, failed.GetMessage());
            Assert.Equal(ExtractionGuard.TextOnly(Text), parsed.Article);

            var options = new EmitOptions("Corpus", IsPublic: true, Nullable: true);
            var index = new[] { new IndexEntry("corpus/broken.txt", "Broken", EquatableArray<string>.Empty) };
            Compilation compilation = new GeneratorHarness().CreateCompilation().AddSyntaxTrees(
                CSharpSyntaxTree.ParseText(OneArticleFile.Emit(parsed.Article!, "Broken", parsed.RelativePath, parsed.SpeakerMembers, options)),
                CSharpSyntaxTree.ParseText(CorpusIndexEmitter.EmitArticles(index, options)),
                CSharpSyntaxTree.ParseText(CorpusIndexEmitter.EmitPeople(index, options)));
            var run = new GeneratorRun(null!, null!, compilation);
            Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
            Assert.Equal(Text, run.Article("Broken").Text);
        }
    }
}
