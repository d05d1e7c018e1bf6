using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CorpusGenerator.Benchmarks.Builds
{
    /// <summary>
    /// The build-level benchmarks, with plain processes and Stopwatch: an app with no article and
    /// one with the 2,225 built alternately (so a change in the machine's load hits both alike), the
    /// ten-fold app with its compiler's memory probed, and the built app run for runtime_all_ms.
    /// </summary>
    internal static class BuildBenchmarks
    {
        private static readonly Regex RuntimeLine = new Regex(@"runtime_all_ms=([0-9.]+) jit_ms=([0-9.]+) jit_methods=([0-9]+)", RegexOptions.CultureInvariant);

        /// <param name="tenfoldTimeout">How long a ten-fold build may take before it is stopped and reported as not finished.</param>
        public static BuildReport Run(int ratioRounds, int tenfoldRounds, TimeSpan tenfoldTimeout, int appRuns, Action<string> log)
        {
            var report = new BuildReport();
            ConsumerApp empty = ConsumerAppWriter.WriteEmpty();
            ConsumerApp bbc = ConsumerAppWriter.WriteBbc();

            log("Preparing (restore, referenced projects, one untimed build of each app)");
            BuildFindings.EnsureSucceeded(DotnetBuild.Prepare(empty), "The first build of the empty app");
            BuildFindings.EnsureSucceeded(DotnetBuild.Prepare(bbc), "The first build of the 2,225-article app");

            for (int round = 1; round <= ratioRounds; round++)
            {
                ProcessResult none = TimedBuild(empty);
                report.EmptySeconds.Add(none.Seconds);
                report.EmptyCpuSeconds.Add(none.CpuSeconds);
                ProcessResult withArticles = TimedBuild(bbc);
                report.BbcSeconds.Add(withArticles.Seconds);
                report.BbcCpuSeconds.Add(withArticles.CpuSeconds);
                log(FormattableString.Invariant($"  round {round}/{ratioRounds}: none {none.Seconds:F2} s ({none.CpuSeconds:F1} s CPU), bbc {withArticles.Seconds:F2} s ({withArticles.CpuSeconds:F1} s CPU)"));
            }

            for (int run = 0; run < appRuns; run++) report.RuntimeAllMs.Add(RunApp(bbc, report));
            log(FormattableString.Invariant($"  runtime_all_ms runs: {string.Join(", ", report.RuntimeAllMs)}"));

            if (tenfoldRounds > 0) RunTenfold(report, tenfoldRounds, tenfoldTimeout, log);
            return report;
        }

        private static void RunTenfold(BuildReport report, int rounds, TimeSpan timeout, Action<string> log)
        {
            log("Writing the ten-fold corpus (22,250 files) and its app");
            ConsumerApp tenfold = ConsumerAppWriter.WriteBbcTenfold(copies: 10);
            report.TenfoldArticles = tenfold.ArticleCount;
            ProcessResult restore = ProcessRun.Run("dotnet", new[] { "restore", tenfold.ProjectFile }, tenfold.Directory);
            BuildFindings.EnsureSucceeded(restore, "Restoring the ten-fold app");

            for (int round = 1; round <= rounds; round++)
            {
                ProcessResult build = DotnetBuild.Measure(tenfold, probeCompilerMemory: true, timeout);
                report.TenfoldErrorCodes = BuildFindings.ErrorCodes(build);
                if (build.TimedOut)
                {
                    // What it reached is still a bound: at least this long, at least this much memory.
                    report.TenfoldSucceeded = false;
                    report.TenfoldTimedOutAfterSeconds = build.Seconds;
                    report.TenfoldCompilerPeakMb.Add(build.CompilerPeakMb);
                    report.TenfoldTreePeakMb.Add(build.TreePeakMb);
                    log(FormattableString.Invariant($"  ten-fold build NOT FINISHED after {build.Seconds:F0} s; csc peak so far {build.CompilerPeakMb:F0} MiB"));
                    return;
                }

                if (build.ExitCode != 0)
                {
                    // Recorded, not thrown: a ten-fold build that fails (CS8103, out of memory) is the finding.
                    report.TenfoldSucceeded = false;
                    log("  ten-fold build FAILED: " + string.Join(", ", report.TenfoldErrorCodes));
                    return;
                }

                report.TenfoldSeconds.Add(build.Seconds);
                report.TenfoldCpuSeconds.Add(build.CpuSeconds);
                report.TenfoldCompilerPeakMb.Add(build.CompilerPeakMb);
                report.TenfoldTreePeakMb.Add(build.TreePeakMb);
                log(FormattableString.Invariant($"  ten-fold round {round}/{rounds}: {build.Seconds:F2} s ({build.CpuSeconds:F1} s CPU), csc peak {build.CompilerPeakMb:F0} MiB (largest process in tree {build.TreePeakMb:F0} MiB)"));
            }

            report.TenfoldRuntimeAllMs.Add(RunApp(tenfold, null));
        }

        private static ProcessResult TimedBuild(ConsumerApp app)
        {
            ProcessResult build = DotnetBuild.Measure(app);
            BuildFindings.EnsureSucceeded(build, "Building " + app.Name);
            return build;
        }

        /// <summary>Runs the app once and returns runtime_all_ms; the JIT's share goes into <paramref name="report"/>.</summary>
        private static double RunApp(ConsumerApp app, BuildReport? report)
        {
            ProcessResult run = DotnetBuild.RunApp(app);
            BuildFindings.EnsureSucceeded(run, "Running " + app.Name);
            Match match = RuntimeLine.Match(run.Output);
            if (!match.Success) throw new InvalidOperationException("The app " + app.Name + " printed no runtime_all_ms: " + run.Output);
            if (report != null)
            {
                report.RuntimeJitMs.Add(double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
                report.RuntimeJitMethods = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
            }

            return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        }
    }
}
