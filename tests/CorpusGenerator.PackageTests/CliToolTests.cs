using CorpusGenerator.TestInfrastructure;
using CorpusGenerator.PackageTests.Infrastructure;

namespace CorpusGenerator.PackageTests
{
    /// <summary>The CLI as users install it: a .NET tool from the same local feed.</summary>
    [Collection(PackedPackagesCollection.Name)]
    public sealed class CliToolTests : PackageTestBase
    {
        public CliToolTests(PackedPackages packages)
            : base(packages)
        {
        }

        [Fact]
        public void CorpusGenerator_Cli_installs_as_a_tool_and_corpus_help_runs()
        {
            Assert.True(File.Exists(Packages.CliPackage));
            using var workspace = NewWorkspace("tool");
            string toolPath = workspace.PathOf("tools");

            workspace.Dotnet(string.Empty, "tool", "install", "CorpusGenerator.Cli", "--version", Packages.Version, "--tool-path", toolPath).EnsureSuccess();

            string corpus = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "corpus.exe" : "corpus");
            Assert.True(File.Exists(corpus), "no corpus command in " + toolPath);
            var start = new System.Diagnostics.ProcessStartInfo(corpus, "--help") { RedirectStandardOutput = true, RedirectStandardError = true };
            // The tool's launcher finds the runtime through DOTNET_ROOT when dotnet is not where it looks first.
            start.Environment["DOTNET_ROOT"] = Path.GetDirectoryName(Path.GetFullPath(DotnetCommand.ResolvedExecutable))!;
            using var process = System.Diagnostics.Process.Start(start)!;
            string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            Assert.True(process.WaitForExit(60_000), "corpus --help did not end");
            Assert.True(process.ExitCode == 0, "corpus --help exited " + process.ExitCode + ": " + output);
        }
    }
}
