using System.IO;
using System.Threading;
using CorpusGenerator.Extraction;
using CorpusGenerator.Generation;
using CorpusGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGenerator.Tests.Diagnostics
{
    /// <summary>Each diagnostic is reported at the right file, line and column, and costs no other article its output.</summary>
    public class DiagnosticLocationTests
    {
        private const string Good = "A good article.\n\nIt has two paragraphs.\n";

        private static Diagnostic Single(GeneratorRun run, string id) => Assert.Single(run.GeneratorDiagnostics, d => d.Id == id);

        private static void AssertAt(Diagnostic diagnostic, string path, int line, int column)
        {
            FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
            Assert.Equal(path, span.Path);
            Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        }

        private static void AssertGoodArticleSurvives(GeneratorRun run)
        {
            Assert.Empty(run.GeneratorExceptions);
            Assert.Empty(run.CompilationErrors);
            Assert.Empty(run.CompilationWarnings);
            Assert.Equal(Good, run.Article("Good").Text);
        }

        [Fact]
        public void A_NUL_is_reported_at_its_line_and_column_and_kept()
        {
            string text = "Title of a news article\r\nabc\0def\0 and a long enough line that two NULs are damage, not a binary file.\n";
            var run = new GeneratorHarness().Run(new ArticleInput("nul.txt", text), new ArticleInput("good.txt", Good));
            Diagnostic nul = Single(run, "CORPUS010");
            AssertAt(nul, "nul.txt", 2, 4);
            Assert.Contains("2 character(s)", nul.GetMessage());
            Assert.Equal(DiagnosticSeverity.Warning, nul.Severity);
            Assert.Equal(text, run.Article("Nul").Text);
            AssertGoodArticleSurvives(run);
        }

        [Fact]
        public void An_unpaired_surrogate_is_reported_where_it_is_and_becomes_U_FFFD()
        {
            string text = "One\nTwo \uD800 and \uDC00 and a pair \uD83D\uDE00.";
            var run = new GeneratorHarness().Run(new ArticleInput("lone.txt", text), new ArticleInput("good.txt", Good));
            AssertAt(Single(run, "CORPUS010"), "lone.txt", 2, 5);
            Assert.Equal("One\nTwo \uFFFD and \uFFFD and a pair \uD83D\uDE00.", run.Article("Lone").Text);
            AssertGoodArticleSurvives(run);
        }

        [Fact]
        public void A_binary_file_is_refused_at_its_start_and_the_others_compile()
        {
            string binary = new string('\0', 200) + "PNG\u0001\u0002";
            var run = new GeneratorHarness().Run(new ArticleInput("image.txt", binary), new ArticleInput("good.txt", Good));
            Diagnostic refused = Single(run, "CORPUS001");
            AssertAt(refused, "image.txt", 1, 1);
            Assert.Contains("binary", refused.GetMessage());
            Assert.False(run.HasArticleClass("Image"));
            AssertGoodArticleSurvives(run);
        }

        [Fact]
        public void A_file_the_compiler_cannot_read_is_reported_and_the_others_compile()
        {
            var harness = new GeneratorHarness();
            var inputs = new[] { new ArticleInput("gone.txt", ""), new ArticleInput("good.txt", Good) };
            GeneratorDriver driver = CSharpGeneratorDriverFor(harness, inputs, new UnreadableText("gone.txt", throws: true), new UnreadableText("null.txt", throws: false));
            driver = driver.RunGeneratorsAndUpdateCompilation(harness.CreateCompilation(), out Compilation output, out _);
            var run = new GeneratorRun(driver, driver.GetRunResult(), output);
            Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "CORPUS001" && d.Location.GetLineSpan().Path == "gone.txt" && d.GetMessage().Contains("disk on fire"));
            Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "CORPUS001" && d.Location.GetLineSpan().Path == "null.txt");
            AssertGoodArticleSurvives(run);
        }

        [Fact]
        public void An_empty_article_is_reported_at_its_start_and_still_compiled()
        {
            var run = new GeneratorHarness().Run(new ArticleInput("blank.txt", " \r\n\t\n"), new ArticleInput("good.txt", Good));
            AssertAt(Single(run, "CORPUS003"), "blank.txt", 1, 1);
            Assert.Equal(" \r\n\t\n", run.Article("Blank").Text);
            AssertGoodArticleSurvives(run);
        }

        [Fact]
        public void An_article_over_the_limit_names_both_sizes_and_the_limit_can_be_raised()
        {
            var harness = new GeneratorHarness();
            harness.Properties["CorpusMaxArticleBytes"] = "20";
            var run = harness.Run(new ArticleInput("big.txt", new string('x', 30)), new ArticleInput("good.txt", "Small."));
            Diagnostic big = Single(run, "CORPUS007");
            AssertAt(big, "big.txt", 1, 1);
            Assert.Contains("30 bytes", big.GetMessage());
            Assert.Contains("20 bytes", big.GetMessage());

            var raised = new GeneratorHarness();
            raised.Properties["CorpusMaxArticleBytes"] = "30";
            Assert.DoesNotContain(raised.Run(new ArticleInput("big.txt", new string('x', 30))).GeneratorDiagnostics, d => d.Id == "CORPUS007");
        }

        [Theory]
        [InlineData("lots")]
        [InlineData("-5")]
        [InlineData("0")]
        [InlineData("99999999999999999999999")]
        public void An_invalid_size_limit_is_reported_and_the_default_used(string value)
        {
            var harness = new GeneratorHarness();
            harness.Properties["CorpusMaxArticleBytes"] = value;
            var run = harness.Run(new ArticleInput("good.txt", Good));
            Diagnostic invalid = Single(run, "CORPUS008");
            Assert.Contains("CorpusMaxArticleBytes", invalid.GetMessage());
            Assert.Contains(value, invalid.GetMessage());
            AssertGoodArticleSurvives(run);
        }

        [Theory]
        [InlineData("record")]
        [InlineData("news")]
        [InlineData("9Lives")]
        [InlineData("class")]
        [InlineData("Has Space")]
        [InlineData("AllArticles")]
        public void An_unusable_ClassName_is_reported_at_the_file_and_the_file_name_used(string className)
        {
            var run = new GeneratorHarness().Run(new ArticleInput("corpus/good.txt", Good, ClassName: className));
            Diagnostic invalid = Single(run, "CORPUS008");
            AssertAt(invalid, "corpus/good.txt", 1, 1);
            Assert.Contains(className, invalid.GetMessage());
            AssertGoodArticleSurvives(run);
        }

        [Fact]
        public void An_invalid_visibility_is_reported_and_public_used()
        {
            var harness = new GeneratorHarness();
            harness.Properties["CorpusVisibility"] = "secret";
            var run = harness.Run(new ArticleInput("good.txt", Good));
            Assert.Contains("CorpusVisibility", Single(run, "CORPUS008").GetMessage());
            AssertGoodArticleSurvives(run);
        }

        [Fact]
        public void An_engine_problem_is_located_at_the_range_it_gives_such_as_an_unclosed_quote_at_its_opening_mark()
        {
            // The engine reports CORPUS002 itself; this is the path every such problem takes to the build output.
            string text = "Title\r\n\r\nHe said \u201Cnever closed.\n";
            int mark = text.IndexOf('\u201C');
            var problem = new ArticleProblem("CORPUS002", new TextRange(mark, mark + 1), string.Empty);
            Diagnostic diagnostic = TextLocations.Locate(problem, "corpus/a.txt", SourceText.From(text)).ToDiagnostic();
            AssertAt(diagnostic, "corpus/a.txt", 3, 9);
            Assert.Equal(1, diagnostic.Location.SourceSpan.Length);
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Equal("Quotation mark opened here is never closed", diagnostic.GetMessage());
        }

        [Fact]
        public void A_range_past_the_end_is_clamped_rather_than_thrown()
        {
            var problem = new ArticleProblem("CORPUS002", new TextRange(50, 80), string.Empty);
            Diagnostic diagnostic = TextLocations.Locate(problem, "a.txt", SourceText.From("short\ntext")).ToDiagnostic();
            AssertAt(diagnostic, "a.txt", 2, 5);
        }

        private static GeneratorDriver CSharpGeneratorDriverFor(GeneratorHarness harness, ArticleInput[] inputs, params AdditionalText[] extra)
        {
            var options = harness.Options(inputs.Concat(extra.Select(t => new ArticleInput(t.Path, ""))));
            return Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(
                new[] { new CorpusArticleGenerator().AsSourceGenerator() },
                harness.Texts(inputs.Where(i => !extra.Any(e => e.Path == i.Path))).AddRange(extra),
                new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(harness.LanguageVersion),
                options);
        }

        /// <summary>A file the compiler could not open: GetText throws or returns null.</summary>
        private sealed class UnreadableText : AdditionalText
        {
            private readonly bool throws;

            public UnreadableText(string path, bool throws)
            {
                Path = path;
                this.throws = throws;
            }

            public override string Path { get; }

            public override SourceText? GetText(CancellationToken cancellationToken = default) =>
                throws ? throw new IOException("disk on fire") : null;
        }
    }
}
