using System.IO;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using CorpusGenerator.Benchmarks.Corpus;

namespace CorpusGenerator.Benchmarks.Micro
{
    /// <summary>How BenchmarkDotNet runs the in-process benchmarks.</summary>
    internal static class BenchmarkConfigs
    {
        /// <summary>
        /// In process (no generated project to build: CI and the 10-minute budget cannot afford one
        /// per benchmark). Quick: one warm-up and five measured iterations; otherwise BenchmarkDotNet
        /// decides. Unroll factor 1: a full generator run takes most of a second, so batching 16
        /// invocations per iteration would only make iterations long.
        /// </summary>
        public static IConfig Create(bool quick)
        {
            Job job = Job.Default
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithUnrollFactor(1);
            if (quick)
            {
                job = job.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5).WithId("Quick");
            }

            return ManualConfig.CreateMinimumViable()
                .AddJob(job)
                .AddDiagnoser(MemoryDiagnoser.Default)
                .AddExporter(MarkdownExporter.GitHub, JsonExporter.Full)
                .WithArtifactsPath(Path.Combine(RepositoryPaths.BenchArtifacts, "BenchmarkDotNet.Artifacts"))
                .WithOptions(ConfigOptions.JoinSummary | ConfigOptions.DisableLogFile);
        }
    }
}
