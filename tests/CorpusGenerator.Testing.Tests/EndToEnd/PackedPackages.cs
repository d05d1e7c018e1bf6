using System.Globalization;
using CorpusGenerator.Testing.Tests.Infrastructure;

namespace CorpusGenerator.Testing.Tests.EndToEnd
{
    /// <summary>
    /// CorpusGenerator.Testing and the package it depends on (the runtime's), packed once per test
    /// run from a copy of the working tree into a local folder feed. The version is unique to the
    /// run, so no package cache can hand a consumer an earlier build; the cache folders of that
    /// version are deleted at the end.
    /// </summary>
    public sealed class PackedPackages : IDisposable
    {
        /// <summary>What packing needs; the tests are not shipped.</summary>
        private static readonly string[] SourcePaths = { "Directory.Build.props", "global.json", "nuget.config", "README.md", "build", "docs", "seeds", "src" };

        /// <summary>Every project packed here: built and packed in one command.</summary>
        private static readonly string[] PackedProjects = { "src/CorpusGenerator.Runtime/CorpusGenerator.Runtime.csproj", "src/CorpusGenerator.Testing/CorpusGenerator.Testing.csproj" };

        private readonly TemporaryDirectory root = new("e2e");

        public PackedPackages()
        {
            Sources = root.Combine("repo");
            Feed = root.Combine("feed");
            Directory.CreateDirectory(Feed);
            CopyWorkingTree(RepositoryPaths.Root, Sources);

            var suffix = "e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
            Version = Pack(suffix);
            GeneratorPackaged = File.Exists(Path.Combine(Feed, "CorpusGenerator." + Version + ".nupkg"));
        }

        /// <summary>The copy of the working tree the packages were packed from.</summary>
        public string Sources { get; }

        /// <summary>The local folder feed consumers restore from.</summary>
        public string Feed { get; }

        /// <summary>The version of every package packed here.</summary>
        public string Version { get; }

        /// <summary>
        /// Whether the runtime project packs the CorpusGenerator package (generator, runtime and
        /// build files). Until it does, consumers take the generator from <see cref="Sources"/>.
        /// </summary>
        public bool GeneratorPackaged { get; }

        /// <summary>A folder for one consumer project, deleted with the packages.</summary>
        public string ConsumerDirectory(string name) => root.Combine("consumers", name);

        /// <summary>Set to 1 to keep the packages and consumer projects for a look after the run.</summary>
        public const string KeepVariable = "CORPUS_E2E_KEEP";

        public void Dispose()
        {
            if (Environment.GetEnvironmentVariable(KeepVariable) == "1")
            {
                Console.WriteLine("End-to-end workspace kept: " + root.Path);
                return;
            }

            foreach (var id in new[] { "corpusgenerator", "corpusgenerator.runtime", "corpusgenerator.testing" })
            {
                var cached = Path.Combine(GlobalPackagesFolder, id, Version.ToLowerInvariant());
                if (Directory.Exists(cached)) Directory.Delete(cached, recursive: true);
            }

            root.Dispose();
        }

        private static string GlobalPackagesFolder =>
            Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } folder
                ? folder
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

        /// <summary>
        /// One pack of both projects through a solution of just them (one build instead of two),
        /// with the version of Directory.Build.props and a prerelease suffix of this run, which
        /// sorts below the release and so never stands in for it. Returns the version packed.
        /// </summary>
        private string Pack(string versionSuffix)
        {
            var solution = Path.Combine(Sources, "pack.slnx");
            File.WriteAllText(solution, "<Solution>\n" + string.Concat(PackedProjects.Select(project => "  <Project Path=\"" + project + "\" />\n")) + "</Solution>\n");
            var result = DotnetProcess.Run(Sources, new Dictionary<string, string?>(), "pack", solution, "-c", "Release", "-o", Feed, "-p:VersionSuffix=" + versionSuffix)
                .EnsureSuccess();
            var packages = Directory.GetFiles(Feed, "CorpusGenerator.Testing.*-" + versionSuffix + ".nupkg");
            Assert.True(packages.Length == 1, "one CorpusGenerator.Testing package in " + Feed + Environment.NewLine + result);
            return Path.GetFileNameWithoutExtension(packages[0])["CorpusGenerator.Testing.".Length..];
        }

        private static void CopyWorkingTree(string from, string to)
        {
            foreach (var relative in SourcePaths)
            {
                var source = Path.Combine(from, relative);
                if (File.Exists(source)) CopyFile(source, Path.Combine(to, relative));
                else if (Directory.Exists(source)) CopyDirectory(source, Path.Combine(to, relative));
            }
        }

        private static void CopyDirectory(string from, string to)
        {
            foreach (var file in Directory.EnumerateFiles(from)) CopyFile(file, Path.Combine(to, Path.GetFileName(file)));
            foreach (var directory in Directory.EnumerateDirectories(from))
            {
                var name = Path.GetFileName(directory);
                if (name is "bin" or "obj" or ".vs" or "TestResults") continue;
                CopyDirectory(directory, Path.Combine(to, name));
            }
        }

        private static void CopyFile(string from, string to)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(from, to);
        }
    }

    /// <summary>Every end-to-end test shares one pack per run, and runs one at a time (two cores, shared).</summary>
    [CollectionDefinition(Name)]
    public sealed class PackedPackagesCollection : ICollectionFixture<PackedPackages>
    {
        public const string Name = "Packed CorpusGenerator.Testing";
    }
}
