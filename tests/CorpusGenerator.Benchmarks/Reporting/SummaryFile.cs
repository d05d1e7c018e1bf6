using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using CorpusGenerator.Benchmarks.Corpus;

namespace CorpusGenerator.Benchmarks.Reporting
{
    /// <summary>
    /// artifacts/bench/summary.json: the headline figures as top-level numbers (what CI and the
    /// README read), then the machine, the load and the runs behind each figure.
    /// </summary>
    internal static class SummaryFile
    {
        public static string PathName => Path.Combine(RepositoryPaths.BenchArtifacts, "summary.json");

        public static string Write(IDictionary<string, object> summary)
        {
            Directory.CreateDirectory(RepositoryPaths.BenchArtifacts);
            string json = JsonSerializer.Serialize(summary, new JsonSerializerOptions { WriteIndented = true });
            File.WriteAllText(PathName, json + "\n");
            return PathName;
        }
    }
}
