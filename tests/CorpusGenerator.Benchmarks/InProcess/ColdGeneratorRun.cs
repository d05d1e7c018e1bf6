using System;
using System.Diagnostics;
using CorpusGenerator.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;

namespace CorpusGenerator.Benchmarks.InProcess
{
    /// <summary>
    /// The generator's first run in a fresh process, as a build's own csc pays it
    /// (UseSharedCompilation=false, or the first build of a compiler server), against the runs that
    /// follow: wall and CPU time, and the JIT's share (<see cref="System.Runtime.JitInfo"/>).
    /// Run it as a new process each time; only the first pass is cold.
    /// </summary>
    internal static class ColdGeneratorRun
    {
        public static void Run(int warmRuns, Action<string> log)
        {
            var workload = new GeneratorWorkload(BbcCorpus.Articles);
            for (int pass = 0; pass <= warmRuns; pass++)
            {
                TimeSpan jitBefore = System.Runtime.JitInfo.GetCompilationTime();
                long methodsBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
                TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                workload.CreateDriver(trackSteps: false).RunGenerators(workload.Compilation);
                watch.Stop();
                double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds;
                double jit = (System.Runtime.JitInfo.GetCompilationTime() - jitBefore).TotalMilliseconds;
                long methods = System.Runtime.JitInfo.GetCompiledMethodCount() - methodsBefore;
                log(FormattableString.Invariant($"generator_pass={pass} {(pass == 0 ? "cold" : "warm")} wall_ms={watch.Elapsed.TotalMilliseconds:F0} cpu_ms={cpu:F0} jit_ms={jit:F0} jit_methods={methods}"));
            }
        }
    }
}
