using System;
using System.Collections.Generic;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace CorpusGenerator.Benchmarks.Micro
{
    /// <summary>The figures the summary takes from BenchmarkDotNet: median time and allocation per benchmark method.</summary>
    /// <param name="MedianMs">Median of the measured iterations, per operation.</param>
    /// <param name="MeanMs">Mean of the measured iterations, per operation.</param>
    /// <param name="AllocatedBytes">Bytes allocated per operation (MemoryDiagnoser).</param>
    internal sealed record MicroBenchmarkResult(double MedianMs, double MeanMs, long AllocatedBytes);

    /// <summary>Runs the in-process benchmarks and reads their results by method name.</summary>
    internal static class MicroBenchmarkFigures
    {
        public static IReadOnlyDictionary<string, MicroBenchmarkResult> Run(bool quick)
        {
            Summary[] summaries = BenchmarkRunner.Run(
                new[] { typeof(ExtractionBenchmark), typeof(GeneratorFullRunBenchmark), typeof(GeneratorEditRunBenchmark) },
                BenchmarkConfigs.Create(quick));

            var results = new Dictionary<string, MicroBenchmarkResult>(StringComparer.Ordinal);
            foreach (Summary summary in summaries)
            {
                foreach (BenchmarkReport report in summary.Reports)
                {
                    string method = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
                    if (report.ResultStatistics is null) throw new InvalidOperationException("BenchmarkDotNet measured nothing for " + method + ": see its log above.");
                    long allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0;
                    results[method] = new MicroBenchmarkResult(report.ResultStatistics.Median / 1e6, report.ResultStatistics.Mean / 1e6, allocated);
                }
            }

            return results;
        }
    }
}
