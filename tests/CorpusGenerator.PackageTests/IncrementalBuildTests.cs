using System.Text.RegularExpressions;
using CorpusGenerator.PackageTests.Infrastructure;

namespace CorpusGenerator.PackageTests
{
    /// <summary>The edit-build loop: a second build after editing one article shows the edit.</summary>
    [Collection(PackedPackagesCollection.Name)]
    public sealed class IncrementalBuildTests : PackageTestBase
    {
        public IncrementalBuildTests(PackedPackages packages)
            : base(packages)
        {
        }

        [Fact]
        public void Editing_one_article_and_building_again_shows_the_edit_and_keeps_the_other()
        {
            using var workspace = NewWorkspace("incremental");
            workspace.WriteApp(
                """
                  <ItemGroup><CorpusArticle Include="articles/*.txt" /></ItemGroup>
                """,
                ProjectFiles.PrintCorpus);
            workspace.CopySeed("App/articles/rouhani-kadhimi-call.txt");
            workspace.WriteFile("App/articles/city-news.txt", "The council met on Monday.\n\nIt approved the budget.\n");

            workspace.Build("App");
            string before = workspace.RunApp("App", "App");

            File.AppendAllText(workspace.PathOf("App/articles/city-news.txt"), "\nA third paragraph, added after the first build.\n");
            workspace.Build("App");
            string after = workspace.RunApp("App", "App");

            Assert.Equal(Paragraphs(before, "CityNews") + 1, Paragraphs(after, "CityNews"));
            Assert.Equal(Paragraphs(before, "RouhaniKadhimiCall"), Paragraphs(after, "RouhaniKadhimiCall"));
        }

        private static int Paragraphs(string output, string className)
        {
            Match match = Regex.Match(output, "Article " + className + @" from \S+: (\d+) paragraphs");
            Assert.True(match.Success, output);
            return int.Parse(match.Groups[1].Value);
        }
    }
}
