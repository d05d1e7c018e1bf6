using CorpusGenerator.TestInfrastructure;
using CorpusGenerator.PackageTests.Infrastructure;

namespace CorpusGenerator.PackageTests
{
    /// <summary>Projects the package must leave alone: other AdditionalFiles, and no articles at all.</summary>
    [Collection(PackedPackagesCollection.Name)]
    public sealed class AdditionalFilesTests : PackageTestBase
    {
        public AdditionalFilesTests(PackedPackages packages)
            : base(packages)
        {
        }

        [Fact]
        public void BannedSymbols_txt_as_another_AdditionalFile_is_not_read_as_an_article()
        {
            using var workspace = NewWorkspace("banned");
            workspace.WriteApp(
                """
                  <ItemGroup>
                    <AdditionalFiles Include="BannedSymbols.txt" />
                    <CorpusArticle Include="rouhani-kadhimi-call.txt" />
                  </ItemGroup>
                """,
                ProjectFiles.PrintCorpus);
            workspace.WriteFile("App/BannedSymbols.txt", "T:System.Console;Use the logger\n");
            workspace.CopySeed("App/rouhani-kadhimi-call.txt");

            workspace.Build("App", "-p:EmitCompilerGeneratedFiles=true");

            Assert.Contains("Articles: 1", workspace.RunApp("App", "App"));
            string generatedFolder = Path.GetDirectoryName(workspace.GeneratedFile("App", "Articles.g.cs"))!;
            Assert.DoesNotContain(Directory.GetFiles(generatedFolder), file => File.ReadAllText(file).Contains("class BannedSymbols", StringComparison.Ordinal));
        }

        [Fact]
        public void A_project_with_the_package_and_no_articles_builds_with_no_warning_and_no_output()
        {
            using var workspace = NewWorkspace("empty");
            workspace.WriteApp(string.Empty, """System.Console.WriteLine("no articles");""");

            CommandResult build = workspace.Build("App", "-p:EmitCompilerGeneratedFiles=true");

            Assert.DoesNotContain("CORPUS", build.Output);
            Assert.Contains("no articles", workspace.RunApp("App", "App"));
            string generated = Path.GetDirectoryName(workspace.GeneratedFile("App", "x"))!;
            Assert.True(!Directory.Exists(generated) || Directory.GetFiles(generated).Length == 0, "generated: " + generated);
        }
    }
}
