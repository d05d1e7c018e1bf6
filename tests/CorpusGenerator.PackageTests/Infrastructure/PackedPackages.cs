using CorpusGenerator.TestInfrastructure;
using System.Globalization;

namespace CorpusGenerator.PackageTests.Infrastructure
{
    /// <summary>
    /// The packages under test, packed once per test run from a copy of the working tree into a
    /// local folder feed. The version is unique to the run (0.1.0-test.20261128...) and consumers
    /// restore into a packages folder of their own, so neither the global packages cache nor an
    /// earlier run can hand a consumer a stale CorpusGenerator 0.1.0.
    /// </summary>
    public sealed class PackedPackages : IDisposable
    {
        /// <summary>What the copy needs to pack: the tests are left out, they are not shipped.</summary>
        private static readonly string[] SourcePaths = { "Directory.Build.props", "global.json", "nuget.config", "README.md", "build", "docs", "seeds", "src" };

        private readonly TempDirectory root = new("packages");
        private readonly Lazy<string> cliPackage;

        public PackedPackages()
        {
            Sources = root.Combine("repo");
            Feed = root.Combine("feed");
            PackagesFolder = root.Combine("nuget-packages");
            Directory.CreateDirectory(Feed);
            Directory.CreateDirectory(PackagesFolder);

            CopyWorkingTree(RepositoryPaths.Root, Sources);
            CommitWithoutRemote(Sources);

            VersionSuffix = "test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
            Package = Pack("src/CorpusGenerator.Runtime", "CorpusGenerator");
            Version = Path.GetFileNameWithoutExtension(Package)["CorpusGenerator.".Length..];
            cliPackage = new Lazy<string>(() => Pack("src/CorpusGenerator.Cli", "CorpusGenerator.Cli"));
        }

        /// <summary>A clean clone of the working tree: a git repository with no remote.</summary>
        public string Sources { get; }

        /// <summary>The local folder feed consumers restore from.</summary>
        public string Feed { get; }

        /// <summary>The NUGET_PACKAGES of every consumer: empty at the start of the run.</summary>
        public string PackagesFolder { get; }

        public string VersionSuffix { get; }

        /// <summary>The CorpusGenerator .nupkg.</summary>
        public string Package { get; }

        /// <summary>The version packed, e.g. 0.1.0-test.20261128031500.</summary>
        public string Version { get; }

        /// <summary>The CorpusGenerator.Cli tool package, packed on first use.</summary>
        public string CliPackage => cliPackage.Value;

        public void Dispose() => root.Dispose();

        private string Pack(string project, string id)
        {
            // As CI packs: Release, ContinuousIntegrationBuild (deterministic paths, SourceLink on),
            // and any MSBuild warning an error, so the package never builds with a surprise.
            var environment = new Dictionary<string, string?> { ["CI"] = "true" };
            CommandResult result = DotnetCommand.Run(Sources, environment, "pack", project, "-c", "Release", "-o", Feed, "-warnaserror", "-p:VersionSuffix=" + VersionSuffix).EnsureSuccess();
            string[] packages = Directory.GetFiles(Feed, id + ".*.nupkg")
                .Where(path => char.IsDigit(Path.GetFileName(path)[id.Length + 1]))
                .ToArray();
            Assert.True(packages.Length == 1, "expected one " + id + " package in " + Feed + ": " + string.Join(", ", packages) + Environment.NewLine + result);
            return packages[0];
        }

        private static void CopyWorkingTree(string from, string to)
        {
            foreach (string relative in SourcePaths)
            {
                string source = Path.Combine(from, relative);
                if (File.Exists(source)) CopyFile(source, Path.Combine(to, relative));
                else if (Directory.Exists(source)) CopyDirectory(source, Path.Combine(to, relative));
            }
        }

        private static void CopyDirectory(string from, string to)
        {
            foreach (string file in Directory.EnumerateFiles(from))
            {
                CopyFile(file, Path.Combine(to, Path.GetFileName(file)));
            }

            foreach (string directory in Directory.EnumerateDirectories(from))
            {
                string name = Path.GetFileName(directory);
                if (name is "bin" or "obj" or ".vs" or "TestResults") continue;
                CopyDirectory(directory, Path.Combine(to, name));
            }
        }

        private static void CopyFile(string from, string to)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(from, to);
        }

        /// <summary>
        /// A repository that has commits and no remote, like a fresh `git init` or a clone of a
        /// local folder: SourceLink must neither fail nor warn there (the pack runs -warnaserror).
        /// </summary>
        private static void CommitWithoutRemote(string directory)
        {
            Git(directory, "init", "-q");
            Git(directory, "add", "-A");
            Git(directory, "-c", "user.name=Package Tests", "-c", "user.email=tests@example.invalid", "commit", "-q", "-m", "Working tree under test");
        }

        private static void Git(string directory, params string[] arguments)
        {
            var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (string argument in arguments) start.ArgumentList.Add(argument);
            using var process = System.Diagnostics.Process.Start(start)!;
            string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, "git " + string.Join(' ', arguments) + ": " + output);
        }
    }

    /// <summary>Every test class that needs the packages shares one pack per run.</summary>
    [CollectionDefinition(Name)]
    public sealed class PackedPackagesCollection : ICollectionFixture<PackedPackages>
    {
        public const string Name = "Packed packages";
    }
}
