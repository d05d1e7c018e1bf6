using System;
using System.IO;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>Where the tests' files are: Data/ beside the test assembly, and the shared corpus.</summary>
    internal static class TestData
    {
        public static string SeedText => Path.Combine(AppContext.BaseDirectory, "Data", "seed", "rouhani-kadhimi-call.txt");

        public static string SeedGold => Path.Combine(AppContext.BaseDirectory, "Data", "seed", "rouhani-kadhimi-call.gold.json");

        /// <summary>../shared/corpus from the repository root, or null when this checkout has no corpus beside it.</summary>
        public static string? SharedCorpus() => Infrastructure.RepositoryPaths.SharedCorpus(string.Empty);
    }
}
