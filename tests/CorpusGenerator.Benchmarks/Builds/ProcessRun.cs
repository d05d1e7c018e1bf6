using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;

namespace CorpusGenerator.Benchmarks.Builds
{
    /// <summary>What one process run gave: exit code, wall time, output, and the compiler's memory when probed.</summary>
    /// <param name="ExitCode">The process's exit code.</param>
    /// <param name="Seconds">Wall time from start to exit.</param>
    /// <param name="Output">Standard output and error, interleaved.</param>
    /// <param name="CompilerPeakMb">Peak resident memory of the largest csc under it (VmHWM), or 0.</param>
    /// <param name="TreePeakMb">ru_maxrss of the largest process in its tree, from /usr/bin/time, or 0.</param>
    /// <param name="CpuSeconds">User plus system CPU time of the whole process tree, from /usr/bin/time, or 0.</param>
    /// <param name="TimedOut">Whether it was stopped (with its whole tree) at the timeout; then Seconds is the timeout.</param>
    internal sealed record ProcessResult(int ExitCode, double Seconds, string Output, double CompilerPeakMb, double TreePeakMb, double CpuSeconds, bool TimedOut = false);

    /// <summary>Starts a process, waits for it and measures it; nothing else runs from here.</summary>
    internal static class ProcessRun
    {
        private const string TimeCommand = "/usr/bin/time";

        public static ProcessResult Run(string fileName, IReadOnlyList<string> arguments, string workingDirectory, bool probeCompilerMemory = false, TimeSpan? timeout = null)
        {
            // /usr/bin/time reports the CPU time of the whole process tree (what a busy machine
            // inflates least, unlike wall time) and the largest resident set of any process in it,
            // a cross-check of the /proc probe that needs no sampling at all.
            string? rssFile = File.Exists(TimeCommand) ? Path.GetTempFileName() : null;
            var start = new ProcessStartInfo(rssFile is null ? fileName : TimeCommand)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            if (rssFile != null)
            {
                foreach (string argument in new[] { "-f", "%M %U %S", "-o", rssFile, fileName }) start.ArgumentList.Add(argument);
            }

            foreach (string argument in arguments) start.ArgumentList.Add(argument);
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";

            var output = new StringBuilder();
            var watch = Stopwatch.StartNew();
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => Append(output, e.Data);
            process.ErrorDataReceived += (_, e) => Append(output, e.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            double compilerPeak = 0;
            using (CompilerMemoryProbe? probe = probeCompilerMemory && CompilerMemoryProbe.IsSupported ? new CompilerMemoryProbe(process.Id) : null)
            {
                if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(10)))
                {
                    // Only this process and its children: the ones this run started.
                    process.Kill(entireProcessTree: true);
                    process.WaitForExit();
                    watch.Stop();
                    compilerPeak = probe?.PeakMegabytes ?? 0;
                    (double peakAtStop, double cpuAtStop) = ReadTimeReport(rssFile);
                    return new ProcessResult(-1, watch.Elapsed.TotalSeconds, output.ToString(), compilerPeak, peakAtStop, cpuAtStop, TimedOut: true);
                }

                process.WaitForExit();
                watch.Stop();
                compilerPeak = probe?.PeakMegabytes ?? 0;
            }

            (double treePeakMb, double cpuSeconds) = ReadTimeReport(rssFile);
            return new ProcessResult(process.ExitCode, watch.Elapsed.TotalSeconds, output.ToString(), compilerPeak, treePeakMb, cpuSeconds);
        }

        private static void Append(StringBuilder output, string? line)
        {
            if (line is null) return;
            lock (output) output.Append(line).Append('\n');
        }

        private static (double PeakMb, double CpuSeconds) ReadTimeReport(string? rssFile)
        {
            if (rssFile is null) return (0, 0);
            try
            {
                // The last line is ours ("maxKB user system"); a line before it may say the command failed.
                string text = File.ReadAllText(rssFile).Trim();
                string[] fields = text.Substring(text.LastIndexOf('\n') + 1).Split(' ');
                if (fields.Length < 3) return (0, 0);
                double peakKb = double.Parse(fields[0], CultureInfo.InvariantCulture);
                double cpu = double.Parse(fields[1], CultureInfo.InvariantCulture) + double.Parse(fields[2], CultureInfo.InvariantCulture);
                return (peakKb / 1024.0, cpu);
            }
            finally
            {
                File.Delete(rssFile);
            }
        }
    }
}
