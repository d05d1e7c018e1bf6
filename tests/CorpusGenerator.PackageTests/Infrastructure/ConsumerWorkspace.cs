using CorpusGenerator.TestInfrastructure;
namespace CorpusGenerator.PackageTests.Infrastructure
{
    /// <summary>
    /// A folder of consumer projects, as a user would have on disk: its own nuget.config with the
    /// local feed and nuget.org, and projects written by the test. Each command runs with the
    /// run's own NUGET_PACKAGES.
    /// </summary>
    internal sealed class ConsumerWorkspace : IDisposable
    {
        private readonly TempDirectory directory;
        private readonly Dictionary<string, string?> environment;

        public ConsumerWorkspace(PackedPackages packages, string purpose)
        {
            Packages = packages;
            directory = new TempDirectory(purpose);
            environment = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = packages.PackagesFolder };
            WriteFile("nuget.config", NuGetConfig(packages.Feed));
        }

        public PackedPackages Packages { get; }

        public string Root => directory.Path;

        public string PathOf(string relative) => Path.Combine(Root, relative);

        public void WriteFile(string relative, string content)
        {
            string path = PathOf(relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content);
        }

        /// <summary>
        /// Writes App/App.csproj, a net10.0 console app with a PackageReference to the version under
        /// test and <paramref name="projectBody"/> (items, properties), and App/Program.cs.
        /// </summary>
        public void WriteApp(string projectBody, string program)
        {
            WriteFile("App/App.csproj", ProjectFiles.ConsoleApp(ProjectFiles.PackageReference(Packages.Version) + Environment.NewLine + projectBody));
            WriteFile("App/Program.cs", program);
        }

        /// <summary>Copies the seed article to <paramref name="relative"/>, byte for byte.</summary>
        public void CopySeed(string relative)
        {
            string path = PathOf(relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.Copy(RepositoryPaths.Seed, path, overwrite: true);
        }

        /// <summary>Runs <c>dotnet</c> in the workspace (or in <paramref name="subdirectory"/> of it).</summary>
        public CommandResult Dotnet(string subdirectory, params string[] arguments) =>
            DotnetCommand.Run(Path.Combine(Root, subdirectory), environment, arguments);

        /// <summary>
        /// Builds a project and makes sure it built. <c>-warnaserror</c>: the package must add no
        /// warning to a project that compiles cleanly, whether from NuGet, MSBuild or the compiler.
        /// </summary>
        public CommandResult Build(string project, params string[] properties) =>
            Dotnet(string.Empty, new[] { "build", project, "-warnaserror" }.Concat(properties).ToArray()).EnsureSuccess();

        /// <summary>Runs a built net10.0 app and returns what it printed.</summary>
        public string RunApp(string projectDirectory, string assemblyName) =>
            Dotnet(string.Empty, Path.Combine(projectDirectory, "bin", "Debug", "net10.0", assemblyName + ".dll")).EnsureSuccess().Output;

        /// <summary>
        /// Where EmitCompilerGeneratedFiles writes a generated file of a Debug net10.0 build, as
        /// the README says: obj/Debug/net10.0/generated/&lt;generator assembly&gt;/&lt;generator type&gt;/.
        /// </summary>
        public string GeneratedFile(string project, string hintName) =>
            PathOf(Path.Combine(project, "obj", "Debug", "net10.0", "generated", "CorpusGenerator", "CorpusGenerator.Generation.CorpusArticleGenerator", hintName));

        /// <summary>What a user types, pinned to the run's version and feed.</summary>
        public CommandResult AddPackage(string projectDirectory) =>
            Dotnet(projectDirectory, "add", "package", "CorpusGenerator", "--version", Packages.Version, "--source", Packages.Feed).EnsureSuccess();

        public void Dispose() => directory.Dispose();

        /// <summary>
        /// The local feed for CorpusGenerator packages and nuget.org for everything else; package
        /// source mapping keeps CorpusGenerator from ever being looked up anywhere but the feed.
        /// </summary>
        private static string NuGetConfig(string feed) => $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="local">
                  <package pattern="CorpusGenerator" />
                  <package pattern="CorpusGenerator.*" />
                </packageSource>
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """;
    }
}
