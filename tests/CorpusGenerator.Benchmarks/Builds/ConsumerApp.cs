using System.IO;

namespace CorpusGenerator.Benchmarks.Builds
{
    /// <summary>A console app the build benchmarks compile: its folder, project file and what it holds.</summary>
    /// <param name="Name">Folder name under artifacts/bench/work (none, bbc, bbc10x).</param>
    /// <param name="Directory">Absolute folder.</param>
    /// <param name="ArticleCount">Articles compiled into it.</param>
    internal sealed record ConsumerApp(string Name, string Directory, int ArticleCount)
    {
        public string ProjectFile => Path.Combine(Directory, Name + ".csproj");

        /// <summary>The app's assembly after a Debug build (the default configuration of `dotnet build`).</summary>
        public string OutputAssembly => Path.Combine(Directory, "bin", "Debug", "net10.0", Name + ".dll");
    }
}
