using System.Text.RegularExpressions;
using CorpusGenerator.PackageTests.Infrastructure;

namespace CorpusGenerator.PackageTests
{
    /// <summary>The first experience: a new console app, `dotnet add package`, one CorpusArticle line.</summary>
    [Collection(PackedPackagesCollection.Name)]
    public sealed class ConsoleAppTests : PackageTestBase
    {
        public ConsoleAppTests(PackedPackages packages)
            : base(packages)
        {
        }

        [Fact]
        public void A_new_console_app_with_the_package_and_one_CorpusArticle_line_prints_the_seed()
        {
            using var workspace = NewWorkspace("console");
            workspace.WriteFile("App/App.csproj", ProjectFiles.ConsoleApp("""  <ItemGroup><CorpusArticle Include="rouhani-kadhimi-call.txt" /></ItemGroup>"""));
            workspace.WriteFile("App/Program.cs", ProjectFiles.PrintCorpus);
            workspace.CopySeed("App/rouhani-kadhimi-call.txt");

            workspace.AddPackage("App");
            workspace.Build("App");
            string output = workspace.RunApp("App", "App");

            Match line = Regex.Match(output, @"Article RouhaniKadhimiCall from rouhani-kadhimi-call\.txt: (\d+) paragraphs");
            Assert.True(line.Success, output);
            Assert.True(int.Parse(line.Groups[1].Value) > 0, output);
            Assert.Contains("Articles: 1", output);
        }

        [Fact]
        public void Options_and_ClassName_metadata_reach_the_generator()
        {
            using var workspace = NewWorkspace("options");
            // Compiles only if the namespace and class name were applied; internal types are
            // usable here but not from another assembly, which the generated source shows.
            workspace.WriteApp(
                """
                  <PropertyGroup>
                    <CorpusNamespace>My.News</CorpusNamespace>
                    <CorpusVisibility>internal</CorpusVisibility>
                  </PropertyGroup>
                  <ItemGroup><CorpusArticle Include="call.txt" ClassName="Launch" /></ItemGroup>
                """,
                """
                System.Console.WriteLine("Class " + My.News.Articles.Launch.Article.ClassName);
                """);
            workspace.CopySeed("App/call.txt");

            workspace.Build("App", "-p:EmitCompilerGeneratedFiles=true");

            Assert.Contains("Class Launch", workspace.RunApp("App", "App"));
            string generated = File.ReadAllText(workspace.GeneratedFile("App", "Articles.Group06.g.cs"));
            // "Launch" hashes to group 6 of 64 (ArticleGrouping).
            Assert.Contains("internal static partial class Articles", generated);
            Assert.Contains("public sealed class Launch : global::CorpusGenerator.CompiledArticle<Launch>\n", generated);
        }

        [Fact]
        public void Generated_files_land_where_the_guide_says_with_EmitCompilerGeneratedFiles()
        {
            using var workspace = NewWorkspace("emit");
            workspace.WriteApp(
                """
                  <PropertyGroup><EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles></PropertyGroup>
                  <ItemGroup><CorpusArticle Include="rouhani-kadhimi-call.txt" /></ItemGroup>
                """,
                ProjectFiles.PrintCorpus);
            workspace.CopySeed("App/rouhani-kadhimi-call.txt");

            workspace.Build("App");

            // The seed's class, RouhaniKadhimiCall, hashes to group 52 of 64 (ArticleGrouping).
            Assert.True(File.Exists(workspace.GeneratedFile("App", "Articles.Group52.g.cs")));
            Assert.True(File.Exists(workspace.GeneratedFile("App", "Articles.g.cs")));
            Assert.True(File.Exists(workspace.GeneratedFile("App", "People.g.cs")));
        }

        [Fact]
        public void With_CorpusFolderPrefix_articles_in_two_folders_get_their_folder_in_the_class_name()
        {
            using var workspace = NewWorkspace("folders");
            workspace.WriteApp(
                """
                  <PropertyGroup><CorpusFolderPrefix>true</CorpusFolderPrefix></PropertyGroup>
                  <ItemGroup><CorpusArticle Include="articles/**/*.txt" /></ItemGroup>
                """,
                """
                System.Console.WriteLine(Corpus.Articles.PoliticsCall.Article.FileName);
                System.Console.WriteLine(Corpus.Articles.WorldMiddleEastCall.Article.FileName);
                """);
            workspace.CopySeed("App/articles/politics/call.txt");
            workspace.CopySeed("App/articles/world/middle-east/call.txt");

            workspace.Build("App");

            string output = workspace.RunApp("App", "App");
            Assert.Contains("articles/politics/call.txt", output);
            Assert.Contains("articles/world/middle-east/call.txt", output);
        }
    }
}
