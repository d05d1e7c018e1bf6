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
    internal sealed record ProcessResult(int ExitCode, double Seconds, string Output, double CompilerPeakMb, double TreePeakMb);

    /// <summary>Starts a process, waits for it and measures it; nothing else runs from here.</summary>
    internal static class ProcessRun
    {
        private const string TimeCommand = "/usr/bin/time";

        public static ProcessResult Run(string fileName, IReadOnlyList<string> arguments, string workingDirectory, bool probeCompilerMemory = false, TimeSpan? timeout = null)
        {
            // /usr/bin/time -f %M reports the largest resident set of any process in the tree: a
            // cross-check of the /proc probe that needs no sampling at all.
            string? rssFile = probeCompilerMemory && File.Exists(TimeCommand) ? Path.GetTempFileName() : null;
            var start = new ProcessStartInfo(rssFile is null ? fileName : TimeCommand)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            if (rssFile != null)
            {
                foreach (string argument in new[] { "-f", "%M", "-o", rssFile, fileName }) start.ArgumentList.Add(argument);
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
                    process.Kill(entireProcessTree: true);
                    throw new TimeoutException("Timed out: " + fileName + " " + string.Join(" ", arguments));
                }

                process.WaitForExit();
                watch.Stop();
                compilerPeak = probe?.PeakMegabytes ?? 0;
            }

            return new ProcessResult(process.ExitCode, watch.Elapsed.TotalSeconds, output.ToString(), compilerPeak, ReadTreePeak(rssFile));
        }

        private static void Append(StringBuilder output, string? line)
        {
            if (line is null) return;
            lock (output) output.Append(line).Append('\n');
        }

        private static double ReadTreePeak(string? rssFile)
        {
            if (rssFile is null) return 0;
            try
            {
                string text = File.ReadAllText(rssFile).Trim();
                string last = text.Substring(text.LastIndexOf('\n') + 1);
                return long.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out long kb) ? kb / 1024.0 : 0;
            }
            finally
            {
                File.Delete(rssFile);
            }
        }
    }
}
