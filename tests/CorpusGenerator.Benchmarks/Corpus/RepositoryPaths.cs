using System;
using System.IO;

namespace CorpusGenerator.Benchmarks.Corpus
{
    /// <summary>
    /// Where things are, found from the repository root (the folder holding Generator.sln), so the
    /// benchmarks run the same from `dotnet run`, an IDE or BenchmarkDotNet's working folder.
    /// </summary>
    internal static class RepositoryPaths
    {
        private static readonly Lazy<string> LazyRoot = new Lazy<string>(FindRoot);

        public static string Root => LazyRoot.Value;

        /// <summary>The BBC corpus beside the repository (shared/corpus/bbc); CORPUS_BBC_DIR overrides it.</summary>
        public static string BbcCorpus =>
            Environment.GetEnvironmentVariable("CORPUS_BBC_DIR") is { Length: > 0 } overridden
                ? Path.GetFullPath(overridden)
                : Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus", "bbc"));

        /// <summary>artifacts/bench: the JSON summary and BenchmarkDotNet's reports (git-ignored).</summary>
        public static string BenchArtifacts => Path.Combine(Root, "artifacts", "bench");

        /// <summary>artifacts/bench/work: consumer apps and the ten-fold corpus, rebuilt each run.</summary>
        public static string Work => Path.Combine(BenchArtifacts, "work");

        public static string GeneratorProject => Path.Combine(Root, "src", "CorpusGenerator", "CorpusGenerator.csproj");

        public static string RuntimeProject => Path.Combine(Root, "src", "CorpusGenerator.Runtime", "CorpusGenerator.Runtime.csproj");

        public static string BuildFolder => Path.Combine(Root, "build");

        private static string FindRoot()
        {
            foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            {
                for (DirectoryInfo? dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
                {
                    if (File.Exists(Path.Combine(dir.FullName, "Generator.sln"))) return dir.FullName;
                }
            }

            throw new InvalidOperationException("Run the benchmarks from inside the repository: no Generator.sln above " + Directory.GetCurrentDirectory());
        }
    }
}
