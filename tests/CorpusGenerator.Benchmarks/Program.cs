using System;
using System.Collections.Generic;
using System.Linq;
using CorpusGenerator.Benchmarks.Builds;
using CorpusGenerator.Benchmarks.Corpus;
using CorpusGenerator.Benchmarks.InProcess;
using CorpusGenerator.Benchmarks.Micro;
using CorpusGenerator.Benchmarks.Reporting;
using static CorpusGenerator.Benchmarks.Builds.Statistics;

namespace CorpusGenerator.Benchmarks
{
    /// <summary>
    /// Runs every benchmark and writes artifacts/bench/summary.json. Flags: --quick (few iterations,
    /// under 10 minutes on 2 cores), --no-builds (in-process benchmarks only), --no-micro (builds only),
    /// --extract-loop [seconds] (the engine alone in a loop, for a sampling profiler),
    /// --memory-profile [copies] (live heap by compilation stage for the corpus repeated, default 10),
    /// --cold-generator [warm runs] (the generator's first run in a fresh process against warm runs),
    /// --compiler-breakdown [rounds] (the BBC app's compiler process with parts taken out).
    /// </summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            int loop = Array.IndexOf(args, "--extract-loop");
            if (loop >= 0)
            {
                // For a profiler: extraction only, for the given seconds (default 30).
                double seconds = loop + 1 < args.Length && double.TryParse(args[loop + 1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double s) ? s : 30;
                ExtractionLoop.Run(TimeSpan.FromSeconds(seconds), Log);
                return 0;
            }

            int cold = Array.IndexOf(args, "--cold-generator");
            if (cold >= 0)
            {
                // One cold generator run in this fresh process, then N warm ones (default 3).
                int warm = cold + 1 < args.Length && int.TryParse(args[cold + 1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int w) ? w : 3;
                ColdGeneratorRun.Run(warm, Log);
                return 0;
            }

            int breakdown = Array.IndexOf(args, "--compiler-breakdown");
            if (breakdown >= 0)
            {
                // The BBC app's csc command run again with parts taken out (default 3 rounds).
                int rounds = breakdown + 1 < args.Length && int.TryParse(args[breakdown + 1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int r) ? r : 3;
                CompilerBreakdown.Run(rounds, Log);
                return 0;
            }

            int memory = Array.IndexOf(args, "--memory-profile");
            if (memory >= 0)
            {
                // Retained memory by stage for the corpus repeated N times (default 10, the ten-fold build).
                int copies = memory + 1 < args.Length && int.TryParse(args[memory + 1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) ? n : 10;
                MemoryProfile.Run(copies, Log);
                return 0;
            }

            bool quick = args.Contains("--quick");
            bool builds = !args.Contains("--no-builds");
            bool micro = !args.Contains("--no-micro");
            var started = DateTime.UtcNow;

            var summary = new Dictionary<string, object>(StringComparer.Ordinal);
            string loadBefore = MachineInfo.LoadAverage();
            Log("Load average before: " + loadBefore + "; corpus: " + BbcCorpus.Articles.Count + " articles, " + BbcCorpus.TotalBytes + " bytes");

            if (micro) AddMicroFigures(summary, quick);
            if (builds) AddBuildFigures(summary, quick);

            summary["machine"] = MachineInfo.Describe();
            summary["load_average_before"] = loadBefore;
            summary["load_average_after"] = MachineInfo.LoadAverage();
            summary["mode"] = quick ? "quick" : "full";
            summary["started_utc"] = started.ToString("u", System.Globalization.CultureInfo.InvariantCulture);
            summary["total_seconds"] = Round((DateTime.UtcNow - started).TotalSeconds, 1);
            Log("Summary written to " + SummaryFile.Write(summary));
            return 0;
        }

        private static void AddMicroFigures(Dictionary<string, object> summary, bool quick)
        {
            IReadOnlyDictionary<string, MicroBenchmarkResult> results = MicroBenchmarkFigures.Run(quick);
            int articles = BbcCorpus.Articles.Count;
            MicroBenchmarkResult extract = results[nameof(ExtractionBenchmark.ExtractAllArticles)];
            MicroBenchmarkResult full = results[nameof(GeneratorFullRunBenchmark.RunGeneratorOverAllArticles)];
            MicroBenchmarkResult edit = results[nameof(GeneratorEditRunBenchmark.RerunAfterEditingOneArticle)];

            // MB = 10^6 bytes of the files as stored (UTF-8).
            summary["extract_mb_per_s"] = Round(BbcCorpus.TotalBytes / 1e6 / (extract.MedianMs / 1000), 1);
            summary["generator_full_ms"] = Round(full.MedianMs, 1);
            summary["generator_edit_ms"] = Round(edit.MedianMs, 2);
            summary["generator_alloc_bytes_per_article"] = full.AllocatedBytes / articles;

            Log("Counting cached steps after one edit (step tracking on)");
            EditCacheReport cache = EditCacheProbe.Run();
            summary["generator_edit_cached_steps"] = cache.CachedArticleSteps;
            summary["generator_edit_percent_of_full"] = Round(100 * edit.MedianMs / full.MedianMs, 2);

            Log("Splitting an edit's cost (no-change re-run vs edit re-run)");
            EditCostReport editCost = EditCostProbe.Run();

            Log("Breaking a full run down (parse, emit, compile)");
            BreakdownReport breakdown = GeneratorBreakdown.Run(compile: !quick);
            summary["details_in_process"] = new Dictionary<string, object>
            {
                ["articles"] = articles,
                ["corpus_bytes"] = BbcCorpus.TotalBytes,
                ["extract_all_median_ms"] = Round(extract.MedianMs, 2),
                ["generator_full_mean_ms"] = Round(full.MeanMs, 1),
                ["generator_full_allocated_bytes"] = full.AllocatedBytes,
                ["generator_edit_mean_ms"] = Round(edit.MeanMs, 2),
                ["generator_edit_allocated_bytes"] = edit.AllocatedBytes,
                ["edit_cached_items_by_step"] = cache.CachedByStep,
                ["edit_recomputed_items_by_step"] = cache.RecomputedByStep,
                ["rerun_no_change_median_ms"] = Round(editCost.NoChangeMs, 2),
                ["rerun_after_edit_median_ms"] = Round(editCost.EditMs, 2),
                ["rerun_after_edit_in_steps_median_ms"] = Round(editCost.EditStepsMs, 2),
                ["breakdown_driver_ms"] = Round(breakdown.DriverMs, 1),
                ["breakdown_parse_and_extract_ms"] = Round(breakdown.ParseMs, 1),
                ["breakdown_emit_ms"] = Round(breakdown.EmitMs, 1),
                ["breakdown_driver_overhead_ms"] = Round(breakdown.DriverOverheadMs, 1),
                ["breakdown_generated_chars"] = breakdown.GeneratedChars,
            };
            if (!double.IsNaN(breakdown.CompileMs))
            {
                var details = (Dictionary<string, object>)summary["details_in_process"];
                details["breakdown_in_process_compile_ms"] = Round(breakdown.CompileMs, 1);
                details["breakdown_compile_errors"] = breakdown.CompileErrors;
            }
        }

        private static void AddBuildFigures(Dictionary<string, object> summary, bool quick)
        {
            // Quick still takes the median of 5 builds each for build_ratio; the ten-fold build, by far
            // the slowest, runs once.
            BuildReport builds = BuildBenchmarks.Run(
                ratioRounds: quick ? 5 : 7,
                tenfoldRounds: quick ? 1 : 3,
                tenfoldTimeout: TimeSpan.FromMinutes(quick ? 6 : 30),
                appRuns: quick ? 3 : 5,
                Log);
            summary["build_ratio"] = Round(builds.BuildRatio, 3);
            summary["runtime_all_ms"] = Round(Median(builds.RuntimeAllMs), 1);
            summary["scale_build_succeeded"] = builds.TenfoldSucceeded ? 1 : 0;
            if (builds.TenfoldSucceeded && builds.TenfoldSeconds.Count > 0)
            {
                summary["scale_ratio"] = Round(builds.ScaleRatio, 2);
                summary["scale_peak_mb"] = Round(builds.TenfoldCompilerPeakMb.Max(), 0);
            }
            else if (builds.TenfoldTimedOutAfterSeconds > 0)
            {
                // Not finished: the time and memory it reached are lower bounds, and flagged as such.
                double extraNone = builds.TenfoldTimedOutAfterSeconds - builds.EmptyMedian;
                summary["scale_ratio"] = Round(extraNone / (builds.BbcMedian - builds.EmptyMedian), 2);
                summary["scale_peak_mb"] = Round(builds.TenfoldCompilerPeakMb.Max(), 0);
                summary["scale_figures_are_lower_bounds"] = 1;
            }

            summary["details_builds"] = new Dictionary<string, object>
            {
                ["command"] = "dotnet " + string.Join(" ", DotnetBuild.MeasuredArguments(new ConsumerApp("<app>", "<dir>", 0))),
                ["none_seconds"] = builds.EmptySeconds.Select(s => Round(s, 2)).ToArray(),
                ["bbc_seconds"] = builds.BbcSeconds.Select(s => Round(s, 2)).ToArray(),
                ["none_cpu_seconds"] = builds.EmptyCpuSeconds.Select(s => Round(s, 2)).ToArray(),
                ["bbc_cpu_seconds"] = builds.BbcCpuSeconds.Select(s => Round(s, 2)).ToArray(),
                ["tenfold_cpu_seconds"] = builds.TenfoldCpuSeconds.Select(s => Round(s, 2)).ToArray(),
                ["build_ratio_cpu"] = Round(builds.BuildRatioCpu, 3),
                ["none_median_seconds"] = Round(builds.EmptyMedian, 2),
                ["bbc_median_seconds"] = Round(builds.BbcMedian, 2),
                ["tenfold_articles"] = builds.TenfoldArticles,
                ["tenfold_seconds"] = builds.TenfoldSeconds.Select(s => Round(s, 2)).ToArray(),

                ["tenfold_csc_peak_mb"] = builds.TenfoldCompilerPeakMb.Select(s => Round(s, 0)).ToArray(),
                ["tenfold_largest_process_peak_mb"] = builds.TenfoldTreePeakMb.Select(s => Round(s, 0)).ToArray(),
                ["tenfold_error_codes"] = builds.TenfoldErrorCodes.ToArray(),
                ["tenfold_stopped_after_seconds"] = Round(builds.TenfoldTimedOutAfterSeconds, 1),
                ["runtime_all_ms_runs"] = builds.RuntimeAllMs.ToArray(),
                ["runtime_jit_ms_runs"] = builds.RuntimeJitMs.ToArray(),
                ["runtime_jit_methods"] = builds.RuntimeJitMethods,
                ["tenfold_runtime_all_ms"] = builds.TenfoldRuntimeAllMs.ToArray(),
            };
            if (builds.TenfoldSeconds.Count > 0)
            {
                // Only from finished ten-fold builds: a median of none would be NaN, which JSON cannot hold.
                var details = (Dictionary<string, object>)summary["details_builds"];
                details["tenfold_median_seconds"] = Round(builds.TenfoldMedian, 2);
                details["scale_ratio_cpu"] = Round(builds.ScaleRatioCpu, 2);
            }
        }

        private static void Log(string message) => Console.WriteLine("[bench " + DateTime.UtcNow.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) + "] " + message);
    }
}
