using CorpusGenerator.TestInfrastructure;
using CorpusGenerator.PackageTests.Infrastructure;

namespace CorpusGenerator.PackageTests
{
    /// <summary>
    /// CORPUS100: a compiler older than Roslyn 4.8 gets a clear warning instead of a silently
    /// missing Articles class. This SDK is new, so the test raises the internal minimum instead.
    /// </summary>
    [Collection(PackedPackagesCollection.Name)]
    public sealed class CompilerVersionWarningTests : PackageTestBase
    {
        public CompilerVersionWarningTests(PackedPackages packages)
            : base(packages)
        {
        }

        [Fact]
        public void A_compiler_older_than_the_minimum_gets_warning_CORPUS100()
        {
            using var workspace = NewWorkspace("old-compiler");
            // Warnings stay warnings here: the point is to see this one, and the build go on.
            workspace.WriteFile("App/App.csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                  </PropertyGroup>
                {ProjectFiles.PackageReference(Packages.Version)}
                  <ItemGroup><CorpusArticle Include="rouhani-kadhimi-call.txt" /></ItemGroup>
                </Project>
                """);
            workspace.WriteFile("App/Program.cs", ProjectFiles.PrintCorpus);
            workspace.CopySeed("App/rouhani-kadhimi-call.txt");

            // That this SDK gets no CORPUS100 the other tests show: they build with -warnaserror.
            CommandResult old = workspace.Dotnet(string.Empty, "build", "App", "-p:_CorpusMinimumCompilerVersion=99.0").EnsureSuccess();

            Assert.Contains("warning CORPUS100: CorpusGenerator needs Roslyn 99.0 or later", old.Output);
        }
    }
}
