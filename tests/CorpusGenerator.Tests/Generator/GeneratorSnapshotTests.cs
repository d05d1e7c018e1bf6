using System.Threading.Tasks;
using CorpusGenerator.Testing;
using CorpusGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGenerator.Tests.Generator
{
    /// <summary>
    /// Snapshots of what the generator writes, in Verify.SourceGenerators' layout (Snapshots/).
    /// Each also compiles the output: a snapshot shows the code, the compilation proves it builds.
    /// Review and accept a change with <c>CORPUS_ACCEPT_SNAPSHOTS=1 dotnet test</c> (see README).
    /// </summary>
    public class GeneratorSnapshotTests
    {
        private static readonly string Seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "seed", "rouhani-kadhimi-call.txt"));

        private static SnapshotSettings Settings() => new SnapshotSettings()
            .UseDirectory("Snapshots")
            .UseType<GeneratorSnapshotTests>()
            .ScrubGeneratedCodeVersion("CorpusGenerator");

        private static Task Verify(GeneratorHarness harness, ArticleInput[] articles, [System.Runtime.CompilerServices.CallerMemberName] string testMethod = "")
        {
            GeneratorRun run = harness.Run(articles);
            Assert.Empty(run.CompilationErrors);
            return SourceGeneratorSnapshot.Verify(run.Driver, Settings(), testMethod: testMethod);
        }

        [Fact]
        public Task Seed_article() =>
            Verify(new GeneratorHarness(), new[] { new ArticleInput("seeds/rouhani-kadhimi-call.txt", Seed) });

        [Fact]
        public Task Seed_article_for_csharp_7_3() =>
            Verify(new GeneratorHarness { LanguageVersion = LanguageVersion.CSharp7_3 }, new[] { new ArticleInput("seeds/rouhani-kadhimi-call.txt", Seed) });

        [Fact]
        public Task Article_with_a_title_line() =>
            Verify(new GeneratorHarness(), new[]
            {
                new ArticleInput("bbc/budget-row.txt", "Brown defends budget plans\n\nChancellor Gordon Brown has defended his budget against criticism.\n\n\"This is a budget for families,\" Mr Brown told MPs.\n\nThe Conservatives said the plans were unaffordable.\n"),
            });

        [Fact]
        public Task Minimal_article() =>
            Verify(new GeneratorHarness(), new[] { new ArticleInput("minimal.txt", "Hello.") });

        [Fact]
        public Task Article_with_no_quotes() =>
            Verify(new GeneratorHarness(), new[]
            {
                new ArticleInput("weather.txt", "OTTAWA \u2014 Snow fell across the region on Monday.\n\nRoads were closed in several towns.\n"),
            });

        [Fact]
        public Task Two_articles_quoting_the_same_person() =>
            Verify(new GeneratorHarness(), new[]
            {
                new ArticleInput("news/monday.txt", "OTTAWA \u2014 Prime Minister Justin Trudeau spoke on Monday.\n\n\"We will act,\" Trudeau said.\n"),
                new ArticleInput("news/tuesday.txt", "OTTAWA \u2014 Prime Minister Justin Trudeau returned on Tuesday.\n\n\"The plan is working,\" Trudeau said.\n"),
            });

        [Fact]
        public Task Every_diagnostic_an_article_can_cause()
        {
            var harness = new GeneratorHarness();
            harness.Properties["CorpusMaxArticleBytes"] = "2000";
            harness.Properties["CorpusVisibility"] = "protected";
            return Verify(harness, new[]
            {
                new ArticleInput("broken/binary.txt", "\0\u0001\u0002\u0003\u0004\u0005\u0006binary"),
                new ArticleInput("broken/unclosed.txt", "LONDON \u2014 The minister spoke.\n\n\"We will never stop, said Jane Smith.\n\nAnother paragraph here.\n"),
                new ArticleInput("broken/empty.txt", "\n\n"),
                new ArticleInput("broken/a-b.txt", "One.", ClassName: "not an identifier"),
                new ArticleInput("broken/a_b.txt", "Two."),
                new ArticleInput("broken/huge.txt", new string('x', 2100)),
                new ArticleInput("broken/surrogate.txt", "A lone \uD800 surrogate."),
                new ArticleInput("broken/floating.txt", "\"Nobody knows who said this.\"\n"),
            });
        }

        [Fact]
        public Task Missing_runtime_library()
        {
            GeneratorRun run = new GeneratorHarness { ReferenceRuntime = false }.Run(new ArticleInput("a.txt", "Text."));
            Assert.Empty(run.CompilationErrors);
            return SourceGeneratorSnapshot.Verify(run.Driver, Settings());
        }
    }
}
