using System.Collections.Generic;
using System.Collections.Immutable;
using CorpusGenerator.Benchmarks.Corpus;
using CorpusGenerator.Benchmarks.Micro;
using CorpusGenerator.Generation;
using Microsoft.CodeAnalysis;

namespace CorpusGenerator.Benchmarks.InProcess
{
    /// <summary>How each tracked step's items came out of the re-run after one edit.</summary>
    /// <param name="CachedByStep">Per tracking name, the items whose every output was Cached (or Unchanged).</param>
    /// <param name="RecomputedByStep">Per tracking name, the items computed again (New or Modified).</param>
    internal sealed record EditCacheReport(IReadOnlyDictionary<string, int> CachedByStep, IReadOnlyDictionary<string, int> RecomputedByStep)
    {
        /// <summary>Articles whose read-and-extract step was served from the cache.</summary>
        public int CachedArticleSteps => CachedByStep.TryGetValue(TrackingNames.ParsedArticles, out int n) ? n : 0;
    }

    /// <summary>
    /// Runs the edit of <see cref="GeneratorEditRunBenchmark"/> once with step tracking on and
    /// counts, for each tracked step, how many items the driver took from its cache. Tracking is
    /// kept out of the timed benchmark, where it would add its own bookkeeping.
    /// </summary>
    internal static class EditCacheProbe
    {
        public static EditCacheReport Run()
        {
            var workload = new GeneratorWorkload(BbcCorpus.Articles);
            GeneratorDriver driver = workload.CreateDriver(trackSteps: true).RunGenerators(workload.Compilation);
            var edit = new ArticleEdit(workload.Texts[GeneratorEditRunBenchmark.EditedArticle]);
            driver = edit.Apply(driver).RunGenerators(workload.Compilation);

            var cached = new SortedDictionary<string, int>(System.StringComparer.Ordinal);
            var recomputed = new SortedDictionary<string, int>(System.StringComparer.Ordinal);
            GeneratorRunResult result = driver.GetRunResult().Results[0];
            foreach (KeyValuePair<string, ImmutableArray<IncrementalGeneratorRunStep>> step in result.TrackedSteps)
            {
                int fromCache = 0;
                int again = 0;
                foreach (IncrementalGeneratorRunStep run in step.Value)
                {
                    if (AllFromCache(run)) fromCache++;
                    else again++;
                }

                cached[step.Key] = fromCache;
                recomputed[step.Key] = again;
            }

            return new EditCacheReport(cached, recomputed);
        }

        private static bool AllFromCache(IncrementalGeneratorRunStep run)
        {
            foreach ((object _, IncrementalStepRunReason reason) in run.Outputs)
            {
                if (reason != IncrementalStepRunReason.Cached && reason != IncrementalStepRunReason.Unchanged) return false;
            }

            return true;
        }
    }
}
