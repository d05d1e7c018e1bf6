using System.Linq;
using CorpusGenerator.Generation;
using CorpusGenerator.Naming;
using CorpusGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace CorpusGenerator.Tests.Generator
{
    /// <summary>
    /// The folder rule: with <c>CorpusFolderPrefix=true</c>, the folder a wildcard matched
    /// (<c>CorpusFolder</c>, set by the package's targets from RecursiveDir) prefixes the class name.
    /// </summary>
    public class FolderPrefixTests
    {
        private const string Text = "The mayor spoke on Monday.\n";

        [Theory]
        [InlineData("articles/politics/launch.txt", "politics/", "PoliticsLaunch")]
        [InlineData("articles/world/middle-east/call.txt", "world/middle-east/", "WorldMiddleEastCall")]
        [InlineData("articles\\sport\\final.txt", "sport\\", "SportFinal")]
        [InlineData("articles/top.txt", "", "Top")]
        [InlineData("articles/top.txt", null, "Top")]
        public void The_folder_and_file_name_make_one_PascalCase_name(string path, string? folder, string expected)
        {
            Assert.Equal(expected, ArticleNaming.FromPath(path, folder));
        }

        [Fact]
        public void Same_file_names_in_two_folders_get_two_classes_when_enabled()
        {
            var harness = new GeneratorHarness();
            harness.Properties["CorpusFolderPrefix"] = "true";
            var run = harness.Run(
                new ArticleInput("articles/politics/launch.txt", Text, Folder: "politics/"),
                new ArticleInput("articles/space/launch.txt", Text, Folder: "space/"));
            Assert.Empty(run.CompilationErrors);
            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Equal("PoliticsLaunch", run.Article("PoliticsLaunch").ClassName);
            Assert.Equal("SpaceLaunch", run.Article("SpaceLaunch").ClassName);
        }

        [Theory]
        [InlineData(null)]
        [InlineData("false")]
        public void Without_the_option_folders_are_ignored_and_the_names_clash(string? option)
        {
            var harness = new GeneratorHarness();
            if (option != null) harness.Properties["CorpusFolderPrefix"] = option;
            var run = harness.Run(
                new ArticleInput("articles/politics/launch.txt", Text, Folder: "politics/"),
                new ArticleInput("articles/space/launch.txt", Text, Folder: "space/"));
            Assert.Equal(2, run.GeneratorDiagnostics.Count(d => d.Id == "CORPUS005"));
        }

        [Fact]
        public void An_explicit_ClassName_is_taken_as_is()
        {
            var harness = new GeneratorHarness();
            harness.Properties["CorpusFolderPrefix"] = "true";
            var run = harness.Run(new ArticleInput("articles/politics/launch.txt", Text, ClassName: "Launch", Folder: "politics/"));
            Assert.Equal("Launch", run.Article("Launch").ClassName);
        }

        [Fact]
        public void An_unchanged_corpus_is_not_parsed_again()
        {
            // The folder is per-file metadata read with the file (ArticleFile.From), so a second run
            // with equal options reuses every parsed article.
            var harness = new GeneratorHarness();
            harness.Properties["CorpusFolderPrefix"] = "true";
            var articles = new[] { new ArticleInput("articles/politics/launch.txt", Text, Folder: "politics/") };
            GeneratorDriver driver = harness.CreateDriver(articles).RunGenerators(harness.CreateCompilation());
            driver = driver.WithUpdatedAnalyzerConfigOptions(harness.Options(articles)).RunGenerators(harness.CreateCompilation());

            var steps = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.ParsedArticles];
            Assert.All(steps.SelectMany(step => step.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        }
    }
}
