using System;
using System.Diagnostics;
using CorpusGenerator.Benchmarks.Corpus;
using CorpusGenerator.Extraction;

namespace CorpusGenerator.Benchmarks.Micro
{
    /// <summary>
    /// Extracts the BBC corpus over and over for a while, nothing else: a steady process for a
    /// sampling profiler to attach to (`perf record -e cpu-clock` with DOTNET_PerfMapEnabled=1),
    /// which is how the engine's hotspots in docs/performance.md were found.
    /// </summary>
    internal static class ExtractionLoop
    {
        public static void Run(TimeSpan duration, Action<string> log)
        {
            var texts = new string[BbcCorpus.Articles.Count];
            for (int i = 0; i < texts.Length; i++) texts[i] = BbcCorpus.Articles[i].Text;

            int passes = 0;
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < duration)
            {
                foreach (string text in texts) ArticleExtractor.Extract(text);
                passes++;
            }

            log(FormattableString.Invariant($"{passes} passes over the corpus in {watch.Elapsed.TotalSeconds:F1} s: {passes * BbcCorpus.TotalBytes / 1e6 / watch.Elapsed.TotalSeconds:F1} MB/s"));
        }
    }
}
