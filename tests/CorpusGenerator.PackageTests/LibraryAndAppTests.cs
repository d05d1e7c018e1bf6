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
    }
}
