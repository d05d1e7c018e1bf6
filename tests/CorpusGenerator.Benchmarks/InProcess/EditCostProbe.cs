using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using CorpusGenerator.Benchmarks.Builds;
using CorpusGenerator.Benchmarks.Corpus;
using CorpusGenerator.Benchmarks.Micro;
using Microsoft.CodeAnalysis;

namespace CorpusGenerator.Benchmarks.InProcess
{
    /// <summary>Medians, in ms, of the three re-runs that tell where an edit's time goes.</summary>
    /// <param name="NoChangeMs">A re-run with nothing changed: the driver's bookkeeping over 2,225 cached items.</param>
    /// <param name="EditMs">A re-run after one edit, step tracking off (the benchmarked case).</param>
    /// <param name="EditStepsMs">In a tracked re-run after one edit, the time inside the generator's own steps and outputs.</param>
    internal sealed record EditCostReport(double NoChangeMs, double EditMs, double EditStepsMs);

    /// <summary>
    /// Splits the cost of a re-run after one edit into what the driver pays for every article
    /// whatever changed (a re-run with no change at all) and what the edited article costs.
    /// </summary>
    internal static class EditCostProbe
    {
        private const int Runs = 21;

        public static EditCostReport Run()
        {
            var workload = new GeneratorWorkload(BbcCorpus.Articles);
            GeneratorDriver driver = workload.CreateDriver(trackSteps: false).RunGenerators(workload.Compilation);
            var edit = new ArticleEdit(workload.Texts[GeneratorEditRunBenchmark.EditedArticle]);

            var noChange = new List<double>();
            var edited = new List<double>();
            for (int i = 0; i < Runs; i++)
            {
                var watch = Stopwatch.StartNew();
                driver = driver.RunGenerators(workload.Compilation);
                noChange.Add(watch.Elapsed.TotalMilliseconds);

                GeneratorDriver changed = edit.Apply(driver);
                watch.Restart();
                driver = changed.RunGenerators(workload.Compilation);
                edited.Add(watch.Elapsed.TotalMilliseconds);
            }

            // A driver of its own, so a fresh edit that starts from the original text.
            GeneratorDriver tracked = workload.CreateDriver(trackSteps: true).RunGenerators(workload.Compilation);
            var trackedEdit = new ArticleEdit(workload.Texts[GeneratorEditRunBenchmark.EditedArticle]);
            var steps = new List<double>();
            for (int i = 0; i < Runs; i++)
            {
                tracked = trackedEdit.Apply(tracked).RunGenerators(workload.Compilation);
                steps.Add(StepMs(tracked.GetRunResult().Results[0]));
            }

            return new EditCostReport(Statistics.Median(noChange), Statistics.Median(edited), Statistics.Median(steps));
        }

        private static double StepMs(GeneratorRunResult result)
        {
            double total = 0;
            foreach (ImmutableArray<IncrementalGeneratorRunStep> runs in result.TrackedSteps.Values) total += Sum(runs);
            foreach (ImmutableArray<IncrementalGeneratorRunStep> runs in result.TrackedOutputSteps.Values) total += Sum(runs);
            return total;
        }

        private static double Sum(ImmutableArray<IncrementalGeneratorRunStep> runs)
        {
            double total = 0;
            foreach (IncrementalGeneratorRunStep run in runs) total += run.ElapsedTime.TotalMilliseconds;
            return total;
        }
    }
}
