using CorpusGenerator.PackageTests.Infrastructure;

namespace CorpusGenerator.PackageTests
{
    /// <summary>
    /// A solution with several projects: a netstandard2.0 library on C# 7.3 compiles the articles,
    /// an app references only the library and reads them through the shared model types.
    /// </summary>
    [Collection(PackedPackagesCollection.Name)]
    public sealed class LibraryAndAppTests : PackageTestBase
    {
        public LibraryAndAppTests(PackedPackages packages)
            : base(packages)
        {
        }

        [Fact]
        public void An_app_reads_the_articles_of_a_netstandard20_CSharp73_library_through_the_model_types()
        {
            using var workspace = NewWorkspace("library");
            WriteCorpusLibrary(workspace);
            // The app has no PackageReference: CorpusGenerator.Article reaches it through the library.
            workspace.WriteFile("App/App.csproj", ProjectFiles.ConsoleApp("""  <ItemGroup><ProjectReference Include="../News/News.csproj" /></ItemGroup>"""));
            workspace.WriteFile("App/Program.cs", """
                using CorpusGenerator;

                Article article = News.Articles.RouhaniKadhimiCall.Article;
                System.Console.WriteLine($"{article.ClassName}: {article.Paragraphs.Count} paragraphs; all: {News.Articles.All.Count}");
                """);

            workspace.Build("App");

            string output = workspace.RunApp("App", "App");
            Assert.Contains("RouhaniKadhimiCall: ", output);
            Assert.Contains("; all: 1", output);
            Assert.DoesNotContain(": 0 paragraphs", output);
        }

        [Fact]
        public void An_app_that_gets_the_package_through_a_library_compiles_its_own_articles_in_its_own_namespace()
        {
            using var workspace = NewWorkspace("transitive");
            WriteCorpusLibrary(workspace);
            // No PackageReference: the generator and the targets come through News's.
            workspace.WriteFile("App/App.csproj", ProjectFiles.ConsoleApp("""
                  <ItemGroup>
                    <ProjectReference Include="../News/News.csproj" />
                    <CorpusArticle Include="own.txt" />
                  </ItemGroup>
                """));
            workspace.WriteFile("App/Program.cs", """
                System.Console.WriteLine($"library: {News.Articles.All.Count}, app: {Corpus.Articles.Own.Article.ClassName}");
                """);
            workspace.CopySeed("App/own.txt");

            workspace.Build("App");

            Assert.Contains("library: 1, app: Own", workspace.RunApp("App", "App"));
        }

        /// <summary>News/News.csproj: a netstandard2.0 C# 7.3 library that compiles the seed in namespace News.</summary>
        private void WriteCorpusLibrary(ConsumerWorkspace workspace)
        {
            workspace.WriteFile("News/News.csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>netstandard2.0</TargetFramework>
                    <LangVersion>7.3</LangVersion>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    <CorpusNamespace>News</CorpusNamespace>
                  </PropertyGroup>
                {ProjectFiles.PackageReference(Packages.Version)}
                  <ItemGroup><CorpusArticle Include="rouhani-kadhimi-call.txt" /></ItemGroup>
                </Project>
                """);
            workspace.CopySeed("News/rouhani-kadhimi-call.txt");
        }
    }
}
