using System;
using System.IO;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>Where the tests' files are: Data/ beside the test assembly, and the shared corpus.</summary>
    internal static class TestData
    {
        public static string SeedText => Path.Combine(AppContext.BaseDirectory, "Data", "seed", "rouhani-kadhimi-call.txt");

        public static string SeedGold => Path.Combine(AppContext.BaseDirectory, "Data", "seed", "rouhani-kadhimi-call.gold.json");

        /// <summary>
        /// ../shared/corpus from the repository root (found by walking up to Generator.sln), or
        /// null when this checkout has no corpus beside it.
        /// </summary>
        public static string? SharedCorpus()
        {
            for (DirectoryInfo? dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (!File.Exists(Path.Combine(dir.FullName, "Generator.sln"))) continue;
                string corpus = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus"));
                return Directory.Exists(corpus) ? corpus : null;
            }

            return null;
        }
    }
}
