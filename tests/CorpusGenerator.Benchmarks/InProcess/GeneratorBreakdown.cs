using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using CorpusGenerator.Benchmarks.Corpus;
using CorpusGenerator.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;

namespace CorpusGenerator.Benchmarks.InProcess
{
    /// <summary>Where a full run's time goes, and what compiling its output costs.</summary>
    /// <param name="DriverMs">Wall time of the whole driver run.</param>
    /// <param name="ParseMs">Sum of the read-and-extract steps (ParsedArticles), engine included.</param>
    /// <param name="EmitMs">Sum of the source-output steps (writing C#).</param>
    /// <param name="CompileMs">Emitting an assembly from the consumer plus the generated sources, in process; NaN when not measured.</param>
    /// <param name="GeneratedChars">Characters of C# the generator produced.</param>
    /// <param name="CompileErrors">Errors the in-process compile reported (0 expected).</param>
    internal sealed record BreakdownReport(double DriverMs, double ParseMs, double EmitMs, double CompileMs, long GeneratedChars, int CompileErrors)
    {
        /// <summary>What the driver spends beyond the generator's own steps (parsing the output into trees, bookkeeping).</summary>
        public double DriverOverheadMs => DriverMs - ParseMs - EmitMs;
    }

    /// <summary>
    /// A Stopwatch breakdown of one full run, from the driver's own step timings, plus an in-process
    /// compile of the output: which part of a build the generator is, and which part the compiler.
    /// One warm-up run first so JIT time is not counted.
    /// </summary>
    internal static class GeneratorBreakdown
    {
        /// <param name="compile">Also compile the output in process (tens of seconds on 2 cores: not in --quick).</param>
        public static BreakdownReport Run(bool compile)
        {
            var workload = new GeneratorWorkload(BbcCorpus.Articles);
            workload.CreateDriver(trackSteps: true).RunGenerators(workload.Compilation);

            var watch = Stopwatch.StartNew();
            GeneratorDriver driver = workload.CreateDriver(trackSteps: true)
                .RunGeneratorsAndUpdateCompilation(workload.Compilation, out Compilation output, out ImmutableArray<Diagnostic> _);
            watch.Stop();

            GeneratorRunResult result = driver.GetRunResult().Results[0];
            double parse = SumMs(result.TrackedSteps, TrackingNames.ParsedArticles);
            double emit = 0;
            foreach (string name in result.TrackedOutputSteps.Keys) emit += SumMs(result.TrackedOutputSteps, name);

            long chars = 0;
            foreach (GeneratedSourceResult source in result.GeneratedSources) chars += source.SourceText.Length;

            if (!compile) return new BreakdownReport(watch.Elapsed.TotalMilliseconds, parse, emit, double.NaN, chars, 0);

            var compileWatch = Stopwatch.StartNew();
            EmitResult emitted;
            using (var stream = new MemoryStream()) emitted = output.Emit(stream);
            compileWatch.Stop();

            int errors = 0;
            foreach (Diagnostic diagnostic in emitted.Diagnostics)
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error) errors++;
            }

            return new BreakdownReport(watch.Elapsed.TotalMilliseconds, parse, emit, compileWatch.Elapsed.TotalMilliseconds, chars, errors);
        }

        private static double SumMs(ImmutableDictionary<string, ImmutableArray<IncrementalGeneratorRunStep>> steps, string name)
        {
            if (!steps.TryGetValue(name, out ImmutableArray<IncrementalGeneratorRunStep> runs)) return 0;
            TimeSpan total = TimeSpan.Zero;
            foreach (IncrementalGeneratorRunStep run in runs) total += run.ElapsedTime;
            return total.TotalMilliseconds;
        }
    }
}
