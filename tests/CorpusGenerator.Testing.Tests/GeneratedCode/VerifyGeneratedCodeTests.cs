using System.Text.RegularExpressions;
using CorpusGenerator.Testing.Tests.Infrastructure;

namespace CorpusGenerator.Testing.Tests.GeneratedCode
{
    /// <summary>
    /// VerifyGeneratedCode runs the generator over a project's articles in memory and writes what
    /// it added to the compilation in Verify.SourceGenerators' layout, with nothing of this machine
    /// in it. What the engine extracts is not asserted here: it changes with the engine.
    /// </summary>
    public sealed class VerifyGeneratedCodeTests : IDisposable
    {
        private const string Prefix = nameof(VerifyGeneratedCodeTests) + ".";
        private readonly TemporaryDirectory project = new("project");
        private readonly TemporaryDirectory snapshots = new("snapshots");

        public VerifyGeneratedCodeTests()
        {
            Directory.CreateDirectory(project.Combine("articles"));
            File.Copy(RepositoryPaths.Seed, project.Combine("articles", "rouhani-kadhimi-call.txt"));
        }

        public void Dispose()
        {
            project.Dispose();
            snapshots.Dispose();
        }

        [Fact]
        public async Task Each_generated_file_is_a_verified_cs_file_named_after_its_hint_name()
        {
            var corpus = new CorpusProject(project.Path).AddArticles("articles", "*.txt");

            await CorpusSnapshot.VerifyGeneratedCode(corpus, Environments.In(snapshots, Environments.DeveloperAccepting));

            var name = Prefix + nameof(Each_generated_file_is_a_verified_cs_file_named_after_its_hint_name);
            var sources = snapshots.FileNames().Where(file => file.EndsWith(".cs", StringComparison.Ordinal)).ToArray();
            Assert.Equal(
                new[] { name + "#Articles.Group52.g.verified.cs", name + "#Articles.g.verified.cs", name + "#People.g.verified.cs" },
                sources);

            // The seed's class, RouhaniKadhimiCall, hashes to group 52 of the 64 generated article files.
            var article = snapshots.ReadSnapshot(name + "#Articles.Group52.g.verified.cs");
            Assert.StartsWith("//HintName: Articles.Group52.g.cs\n", article, StringComparison.Ordinal);
            Assert.Contains("Compiled from <c>articles/rouhani-kadhimi-call.txt</c>", article, StringComparison.Ordinal);

            // Accepted once, the same project verifies without accepting.
            await CorpusSnapshot.VerifyGeneratedCode(corpus, Environments.In(snapshots, Environments.Developer));
        }

        [Fact]
        public async Task No_file_holds_a_path_of_this_machine_or_the_package_version()
        {
            File.WriteAllText(project.Combine("articles", "empty.txt"), string.Empty);
            var corpus = new CorpusProject(project.Path).AddArticles("articles", "*.txt");

            await CorpusSnapshot.VerifyGeneratedCode(corpus, Environments.In(snapshots, Environments.DeveloperAccepting));

            var texts = snapshots.FileNames().Select(snapshots.ReadSnapshot).ToList();
            Assert.All(texts, text => Assert.DoesNotContain(project.Path, text, StringComparison.Ordinal));
            Assert.All(texts, text => Assert.DoesNotContain(Path.GetTempPath().TrimEnd('/', '\\'), text, StringComparison.Ordinal));
            Assert.All(texts, text => Assert.DoesNotMatch(new Regex("GeneratedCode\\(\"CorpusGenerator\", \"\\d"), text));
            var diagnostics = snapshots.ReadSnapshot(Prefix + nameof(No_file_holds_a_path_of_this_machine_or_the_package_version) + ".verified.txt");
            Assert.Contains("CORPUS003", diagnostics, StringComparison.Ordinal);
            Assert.Contains("\\_\\articles\\empty.txt", diagnostics, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Class_names_and_properties_reach_the_generator_as_in_a_build()
        {
            var corpus = new CorpusProject(project.Path)
                .AddArticle(project.Combine("articles", "rouhani-kadhimi-call.txt"), className: "Launch")
                .SetProperty("CorpusNamespace", "MyNews");

            await CorpusSnapshot.VerifyGeneratedCode(corpus, Environments.In(snapshots, Environments.DeveloperAccepting));

            var name = Prefix + nameof(Class_names_and_properties_reach_the_generator_as_in_a_build);
            // "Launch" hashes to group 6 of the 64 generated article files.
            var article = snapshots.ReadSnapshot(name + "#Articles.Group06.g.verified.cs");
            Assert.Contains("namespace MyNews", article, StringComparison.Ordinal);
            Assert.Contains("public sealed class Launch : global::CorpusGenerator.CompiledArticle<Launch>\n", article, StringComparison.Ordinal);
            Assert.Contains("Compiled from <c>articles/rouhani-kadhimi-call.txt</c>", article, StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_missing_article_or_folder_fails_with_its_path()
        {
            var missingFile = new CorpusProject(project.Path).AddArticle("articles/none.txt");
            var missingFolder = new CorpusProject(project.Path).AddArticles("elsewhere", "*.txt");

            var file = await Assert.ThrowsAsync<FileNotFoundException>(() => CorpusSnapshot.VerifyGeneratedCode(missingFile, Environments.In(snapshots, Environments.Developer)));
            await Assert.ThrowsAsync<DirectoryNotFoundException>(() => CorpusSnapshot.VerifyGeneratedCode(missingFolder, Environments.In(snapshots, Environments.Developer)));

            Assert.Contains("none.txt", file.Message, StringComparison.Ordinal);
            Assert.Empty(snapshots.FileNames());
        }
    }
}
