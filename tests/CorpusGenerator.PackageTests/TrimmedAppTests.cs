using System.Runtime.InteropServices;
using CorpusGenerator.PackageTests.Infrastructure;

namespace CorpusGenerator.PackageTests
{
    /// <summary>
    /// The compiled data is read through reflection (an attribute on each generated data class):
    /// a trimmed app must still find it, with no trim warning.
    /// </summary>
    [Collection(PackedPackagesCollection.Name)]
    public sealed class TrimmedAppTests : PackageTestBase
    {
        public TrimmedAppTests(PackedPackages packages)
            : base(packages)
        {
        }

        [Fact]
        public void A_trimmed_self_contained_app_reads_its_articles_and_people()
        {
            using var workspace = NewWorkspace("trimmed");
            workspace.WriteFile("App/App.csproj", ProjectFiles.ConsoleApp("""  <ItemGroup><CorpusArticle Include="rouhani-kadhimi-call.txt" /></ItemGroup>"""));
            workspace.WriteFile("App/Program.cs", """
                using System;

                Console.WriteLine(Corpus.Articles.RouhaniKadhimiCall.Speakers.HassanRouhani.Quotes[0].Text);
                Console.WriteLine($"Articles: {Corpus.Articles.All.Count}, people: {Corpus.People.All.Count}, Rouhani quoted {Corpus.People.HassanRouhani.Quotes.Count} times");
                """);
            workspace.CopySeed("App/rouhani-kadhimi-call.txt");
            workspace.AddPackage("App");

            string rid = RuntimeInformation.RuntimeIdentifier;
            workspace.Dotnet("App", "publish", "-c", "Release", "-r", rid, "--self-contained", "-p:PublishTrimmed=true", "-warnaserror", "-o", "published").EnsureSuccess();
            string app = workspace.PathOf(Path.Combine("App", "published", OperatingSystem.IsWindows() ? "App.exe" : "App"));
            (int exitCode, string output) = Run(app);

            Assert.True(exitCode == 0, output);
            Assert.Contains("the Islamic Republic of Iran considers security and stability in Iraq as its own", output);
            Assert.Contains("Articles: 1, people: 2, Rouhani quoted 10 times", output);
        }

        /// <summary>Runs a self-contained app (no dotnet host) and returns its exit code and output.</summary>
        private static (int ExitCode, string Output) Run(string path)
        {
            var start = new System.Diagnostics.ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            using var process = System.Diagnostics.Process.Start(start)!;
            string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            if (!process.WaitForExit(60_000))
            {
                process.Kill(entireProcessTree: true);
                return (-1, "timed out: " + output);
            }

            return (process.ExitCode, output);
        }
    }
}
