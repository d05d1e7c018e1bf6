using CorpusGenerator.TestInfrastructure;
using System.Security;
using CorpusGenerator.Testing.Tests.Infrastructure;

namespace CorpusGenerator.Testing.Tests.EndToEnd
{
    /// <summary>
    /// A copy of one of tests/samples' projects, set up as a user's: the seed as its article, the
    /// packed packages in its feed, outside this repository and its Directory.Build files.
    /// </summary>
    internal sealed class ConsumerProject
    {
        public const string TestClass = "CorpusTests";

        private bool restored;

        public ConsumerProject(PackedPackages packages, string sample)
        {
            Directory = packages.ConsumerDirectory(sample);
            CopySample(Path.Combine(RepositoryPaths.Root, "tests", "samples", sample), Directory);
            System.IO.Directory.CreateDirectory(Path.Combine(Directory, "articles"));
            ArticlePath = Path.Combine(Directory, "articles", Path.GetFileName(RepositoryPaths.Seed));
            File.Copy(RepositoryPaths.Seed, ArticlePath);
            File.WriteAllText(Path.Combine(Directory, "nuget.config"), NuGetConfig(packages.Feed));
            File.WriteAllText(Path.Combine(Directory, "Directory.Build.props"), BuildProps(packages));
            File.WriteAllText(Path.Combine(Directory, "Directory.Build.targets"), BuildTargets(packages));
        }

        public string Directory { get; }

        /// <summary>The article the project compiles: a copy of the seed, for the test to edit.</summary>
        public string ArticlePath { get; }

        /// <summary>A snapshot file of test <paramref name="testMethod"/>, e.g. <c>CorpusTests.Quotes_are_unchanged.verified.txt</c>.</summary>
        public string SnapshotFile(string testMethod, string kind) => Path.Combine(Directory, TestClass + "." + testMethod + "." + kind + ".txt");

        /// <summary>
        /// <c>dotnet test</c> as a developer runs it: not on a build server (no CI), accepting only
        /// when asked to with CORPUS_ACCEPT_SNAPSHOTS, as the guide tells users.
        /// </summary>
        public CommandResult Test(bool accept = false, bool build = true)
        {
            var variables = new Dictionary<string, string?> { [SnapshotEnvironment.AcceptVariable] = accept ? "1" : null };
            var arguments = new List<string> { "test" };

            // Restoring once is enough: later runs only rebuild (after an edit) or rerun, and each
            // skipped step is seconds on a shared machine.
            if (!build) arguments.Add("--no-build");
            else if (restored) arguments.Add("--no-restore");
            var result = DotnetProcess.Run(Directory, variables, arguments.ToArray());
            restored = true;
            return result;
        }


        /// <summary>Every received file, in every folder of the project, relative to it.</summary>
        public IReadOnlyList<string> ReceivedFiles() =>
            System.IO.Directory.EnumerateFiles(Directory, "*.received.*", SearchOption.AllDirectories)
                .Select(file => Path.GetRelativePath(Directory, file).Replace('\\', '/'))
                .OrderBy(file => file, StringComparer.Ordinal)
                .ToList();

        /// <summary>Accepts by hand, the other way the guide gives: every received file renamed to verified.</summary>
        public void RenameReceivedToVerified()
        {
            foreach (var file in ReceivedFiles())
            {
                var received = Path.Combine(Directory, file);
                File.Move(received, received.Replace(".received.", ".verified.", StringComparison.Ordinal), overwrite: true);
            }
        }

        private static void CopySample(string from, string to)
        {
            System.IO.Directory.CreateDirectory(to);
            foreach (var file in System.IO.Directory.EnumerateFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        private static string NuGetConfig(string feed) =>
            $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="packed" value="{SecurityElement.Escape(feed)}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """;

        /// <summary>The packed version, and (until the CorpusGenerator package exists) the repository's generator props.</summary>
        private static string BuildProps(PackedPackages packages)
        {
            var generatorProps = packages.GeneratorPackaged
                ? string.Empty
                : $"""  <Import Project="{SecurityElement.Escape(Path.Combine(packages.Sources, "build", "CorpusGenerator.props"))}" />""";
            return $"""
                <Project>
                  <PropertyGroup>
                    <CorpusGeneratorVersion>{packages.Version}</CorpusGeneratorVersion>
                  </PropertyGroup>
                {generatorProps}
                </Project>
                """;
        }

        /// <summary>
        /// The generator: from its package when the pack made one, as a user references it; else
        /// as src/CorpusGenerator.Sample does, the project as an analyzer plus the build targets.
        /// </summary>
        private static string BuildTargets(PackedPackages packages)
        {
            if (packages.GeneratorPackaged)
            {
                return """
                    <Project>
                      <ItemGroup>
                        <PackageReference Include="CorpusGenerator" Version="$(CorpusGeneratorVersion)" />
                      </ItemGroup>
                    </Project>
                    """;
            }

            var generator = SecurityElement.Escape(Path.Combine(packages.Sources, "src", "CorpusGenerator", "CorpusGenerator.csproj"));
            var targets = SecurityElement.Escape(Path.Combine(packages.Sources, "build", "CorpusGenerator.targets"));
            return $"""
                <Project>
                  <ItemGroup>
                    <ProjectReference Include="{generator}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                  </ItemGroup>
                  <Import Project="{targets}" />
                </Project>
                """;
        }
    }
}
