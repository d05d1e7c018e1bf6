using System.Globalization;
using CorpusGenerator.Emit;
using System.Linq;
using CorpusGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGenerator.Tests.Generator
{
    public class GeneratorOutputTests
    {
        private const string Simple = "WASHINGTON (AP) \u2014 The mayor spoke on Monday.\n\n\"We will build it,\" said Jane Doe, the mayor.\n";

        [Theory]
        [InlineData(LanguageVersion.CSharp7_3)]
        [InlineData(LanguageVersion.Latest)]
        public void Output_compiles_with_no_error_or_warning(LanguageVersion version)
        {
            var run = new GeneratorHarness { LanguageVersion = version }.Run(new ArticleInput("corpus/city-news.txt", Simple));
            Assert.Empty(run.CompilationErrors);
            Assert.Empty(run.CompilationWarnings);
            Assert.True(run.HasArticleClass("CityNews"));
        }

        [Fact]
        public void Every_language_version_gets_its_data_as_one_attribute_argument()
        {
            // C# 7.3 (netstandard2.0 libraries) and the latest store the data the same way: an
            // attribute argument needs no language feature, unlike a "..."u8 literal.
            var old = new GeneratorHarness { LanguageVersion = LanguageVersion.CSharp7_3 }.Run(new ArticleInput("a.txt", Simple));
            var latest = new GeneratorHarness().Run(new ArticleInput("a.txt", Simple));
            foreach (var run in new[] { old, latest })
            {
                Assert.Contains("[global::CorpusGenerator.CompiledArticleData(\"", run.ArticleSource("A"));
                Assert.DoesNotContain("u8", run.ArticleSource("A"));
                Assert.DoesNotContain("new byte[]", run.ArticleSource("A"));
                Assert.Equal(Simple, run.Article("A").Text);
            }

            Assert.DoesNotContain("#nullable", old.ArticleSource("A"));
            Assert.Contains(GeneratedCodeHeader.NullableAnnotations + "\n" + GeneratedCodeHeader.NullableWarningsOff + "\n", latest.ArticleSource("A"));
        }

        /// <summary>A CS8618 at an article class's constructor about one of its speaker fields.</summary>
        private static bool IsSpeakerField(Compilation compilation, Diagnostic diagnostic)
        {
            SyntaxNode node = diagnostic.Location.SourceTree!.GetRoot().FindNode(diagnostic.Location.SourceSpan);
            ISymbol? at = compilation.GetSemanticModel(diagnostic.Location.SourceTree!).GetDeclaredSymbol(node);
            string message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            int start = message.IndexOf('\'') + 1;
            string field = message.Substring(start, message.IndexOf('\'', start) - start);
            return at is IMethodSymbol { MethodKind: MethodKind.Constructor, ContainingType: { BaseType.Name: "CompiledArticle" } type }
                && type.GetMembers(field).SingleOrDefault() is IFieldSymbol { Type.Name: "Speaker" };
        }

        [Fact]
        public void Generated_code_has_no_nullable_warnings_when_they_are_turned_on()
        {
            // Generated files annotate but switch nullable warnings off, so the compiler does not
            // analyse their bodies (27% of its time on them in a profile). This keeps them warning-free anyway.
            var harness = new GeneratorHarness();
            var run = harness.Run(
                new ArticleInput("seeds/rouhani-kadhimi-call.txt", File.ReadAllText(CorpusGenerator.Tests.Extraction.TestData.SeedText)),
                new ArticleInput("a.txt", Simple),
                new ArticleInput("b.txt", "No quote here."),
                new ArticleInput("empty.txt", string.Empty));
            string annotatedOnly = GeneratedCodeHeader.NullableAnnotations + "\n" + GeneratedCodeHeader.NullableWarningsOff + "\n";
            var checkedTrees = run.Result.GeneratedTrees.Select(tree =>
            {
                string text = tree.GetText().ToString();
                Assert.Contains(annotatedOnly, text);
                return CSharpSyntaxTree.ParseText(text.Replace(annotatedOnly, "#nullable enable\n"), (CSharpParseOptions)tree.Options, tree.FilePath);
            });
            Compilation compilation = harness.CreateCompilation().AddSyntaxTrees(checkedTrees);

            // Except one warning by design: the speaker fields are non-null but assigned by the runtime
            // library (CompiledArticle<T>) when Speakers is first read, which the compiler cannot see
            // (CS8618). Initializing each would give every article a constructor body again.
            var warnings = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
            var speakerFields = warnings.Where(d => d.Id == "CS8618" && d.GetMessage().StartsWith("Non-nullable field 'HassanRouhani'", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(speakerFields);
            Assert.DoesNotContain(warnings, d => !(d.Id == "CS8618" && IsSpeakerField(compilation, d)));
            Assert.True(run.HasArticleClass("RouhaniKadhimiCall"));
        }

        [Fact]
        public void Only_files_marked_as_articles_are_read()
        {
            var run = new GeneratorHarness().Run(
                new ArticleInput("BannedSymbols.txt", "T:System.Console", MarkedAsArticle: false),
                new ArticleInput("PublicAPI.Shipped.txt", "#nullable enable", MarkedAsArticle: false));
            Assert.Empty(run.Result.GeneratedTrees);
            Assert.Empty(run.GeneratorDiagnostics);
        }

        [Theory]
        [InlineData("Plain text.")]
        [InlineData("Line one\r\nLine two\rLine three\n")]
        [InlineData("Curly \u201Cquotes\u201D, emoji \U0001F600, NUL \0 and U+2028 \u2028 here.")]
        [InlineData("\"\"\" */ #if DEBUG \\u0041 { } \" \\")]
        public void The_compiled_text_round_trips_exactly(string text)
        {
            var article = new GeneratorHarness().Run(new ArticleInput("t.txt", text)).Article("T");
            Assert.Equal(text, article.Text);
            Assert.Equal("T", article.ClassName);
            Assert.Equal("t.txt", article.FileName);
        }

        [Fact]
        public void The_namespace_comes_from_CorpusNamespace()
        {
            var harness = new GeneratorHarness();
            harness.Properties["CorpusNamespace"] = "My.News";
            var run = harness.Run(new ArticleInput("a.txt", Simple));
            Assert.Empty(run.CompilationErrors);
            Assert.Equal("A", run.Article("A", "My.News").ClassName);
        }

        [Fact]
        public void An_invalid_namespace_is_reported_and_the_default_used()
        {
            var harness = new GeneratorHarness();
            harness.Properties["CorpusNamespace"] = "not a namespace";
            var run = harness.Run(new ArticleInput("a.txt", Simple));
            Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "CORPUS008" && d.GetMessage().Contains("CorpusNamespace"));
            Assert.Equal("A", run.Article("A", "Corpus").ClassName);
        }

        [Fact]
        public void Internal_visibility_makes_every_generated_type_internal()
        {
            var harness = new GeneratorHarness();
            harness.Properties["CorpusVisibility"] = "internal";
            var run = harness.Run(new ArticleInput("a.txt", Simple));
            Assert.Empty(run.CompilationErrors);
            Assert.All(run.Result.GeneratedTrees, tree => Assert.DoesNotContain("public static partial class Articles", tree.ToString()));
        }

        [Fact]
        public void Two_files_with_one_class_name_are_an_error_naming_both()
        {
            var run = new GeneratorHarness().Run(new ArticleInput("a-b.txt", Simple), new ArticleInput("a_b.txt", Simple));
            var clashes = run.GeneratorDiagnostics.Where(d => d.Id == "CORPUS005").ToList();
            Assert.Equal(2, clashes.Count);
            Assert.All(clashes, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
            Assert.All(clashes, d => Assert.Contains("a-b.txt", d.GetMessage()));
            Assert.All(clashes, d => Assert.Contains("a_b.txt", d.GetMessage()));
        }

        [Fact]
        public void A_ClassName_resolves_the_clash()
        {
            var run = new GeneratorHarness().Run(new ArticleInput("a-b.txt", Simple, ClassName: "Launch"), new ArticleInput("a_b.txt", Simple));
            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "CORPUS005");
            Assert.Empty(run.CompilationErrors);
            Assert.Equal("Launch", run.Article("Launch").ClassName);
        }

        [Fact]
        public void Without_the_runtime_library_the_generator_says_so_instead_of_emitting_broken_code()
        {
            var run = new GeneratorHarness { ReferenceRuntime = false }.Run(new ArticleInput("a.txt", Simple));
            Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "CORPUS009");
            Assert.Empty(run.Result.GeneratedTrees);
        }

        [Fact]
        public void An_empty_article_is_reported_at_its_file()
        {
            var run = new GeneratorHarness().Run(new ArticleInput("empty.txt", "  \n"));
            Diagnostic empty = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "CORPUS003");
            Assert.Equal("empty.txt", empty.Location.GetLineSpan().Path);
            Assert.Empty(run.CompilationErrors);
        }

        [Fact]
        public void An_article_over_the_size_limit_is_skipped_with_a_warning()
        {
            var harness = new GeneratorHarness();
            harness.Properties["CorpusMaxArticleBytes"] = "10";
            var run = harness.Run(new ArticleInput("big.txt", Simple), new ArticleInput("small.txt", "Tiny."));
            Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "CORPUS007" && d.Location.GetLineSpan().Path == "big.txt");
            Assert.False(run.HasArticleClass("Big"));
            Assert.True(run.HasArticleClass("Small"));
        }

        [Fact]
        public void All_lists_every_article_in_class_name_order()
        {
            var run = new GeneratorHarness().Run(new ArticleInput("b.txt", "Bee."), new ArticleInput("a.txt", "Ay."));
            var assembly = run.Load();
            var all = (System.Collections.Generic.IReadOnlyList<CorpusGenerator.Article>)assembly.GetType("Corpus.Articles")!.GetProperty("All")!.GetValue(null)!;
            Assert.Equal(new[] { "A", "B" }, all.Select(a => a.ClassName));
        }

        [Fact]
        public void All_and_each_article_class_give_the_same_instances_across_many_group_files()
        {
            // 300 articles spread over the 64 files: every file's positions must agree with the index.
            var inputs = Enumerable.Range(0, 300).Select(i => new ArticleInput($"news/story-{i:D3}.txt", $"Story number {i}.")).ToArray();
            var run = new GeneratorHarness().Run(inputs);
            Assert.Empty(run.CompilationErrors);
            Assert.Equal(ArticleGrouping.GroupCount + 2, run.Result.GeneratedTrees.Length);
            var all = (System.Collections.Generic.IReadOnlyList<CorpusGenerator.Article>)run.Load().GetType("Corpus.Articles")!.GetProperty("All")!.GetValue(null)!;
            var expected = inputs.Select(i => Path.GetFileNameWithoutExtension(i.Path)).Select(n => "Story" + n.Substring(6)).OrderBy(n => n, StringComparer.Ordinal).ToArray();
            Assert.Equal(expected, all.Select(a => a.ClassName));
            foreach (CorpusGenerator.Article article in all)
            {
                Assert.Same(article, run.Article(article.ClassName));
                Assert.Equal("Story number " + int.Parse(article.ClassName.Substring(5), CultureInfo.InvariantCulture) + ".", article.Text);
            }
        }
    }
}
