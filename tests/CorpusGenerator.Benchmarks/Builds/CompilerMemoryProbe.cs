using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;

namespace CorpusGenerator.Benchmarks.Builds
{
    /// <summary>
    /// The peak resident memory of the compiler (csc) processes under one build, read from Linux's
    /// /proc: every 50 ms the probe walks the build's process tree and reads each csc's VmHWM, the
    /// kernel's own high-water mark of its resident set. The mark is exact whatever the sampling
    /// rate; polling only has to see the process once before it exits, and csc runs for seconds.
    /// Needs UseSharedCompilation=false, so csc is a child of the build and not a request to a
    /// long-lived VBCSCompiler server shared by other builds.
    /// </summary>
    internal sealed class CompilerMemoryProbe : IDisposable
    {
        private readonly int rootProcessId;
        private readonly Thread thread;
        private readonly Dictionary<int, long> peakKbByProcess = new Dictionary<int, long>();
        private volatile bool stopping;

        public CompilerMemoryProbe(int rootProcessId)
        {
            this.rootProcessId = rootProcessId;
            thread = new Thread(Poll) { IsBackground = true, Name = "csc memory probe" };
            thread.Start();
        }

        /// <summary>Whether /proc can be read here (Linux).</summary>
        public static bool IsSupported => Directory.Exists("/proc/self");

        /// <summary>The largest peak of any csc process seen, in MiB; 0 when none was seen.</summary>
        public double PeakMegabytes
        {
            get
            {
                lock (peakKbByProcess)
                {
                    long peak = 0;
                    foreach (long kb in peakKbByProcess.Values) peak = Math.Max(peak, kb);
                    return peak / 1024.0;
                }
            }
        }

        /// <summary>How many csc processes ran under the build.</summary>
        public int CompilerProcesses
        {
            get
            {
                lock (peakKbByProcess) return peakKbByProcess.Count;
            }
        }

        public void Dispose()
        {
            stopping = true;
            thread.Join();
        }

        private void Poll()
        {
            while (!stopping)
            {
                try
                {
                    Sample();
                }
                catch (IOException)
                {
                    // A process ended between listing and reading: the next sample goes on.
                }
                catch (UnauthorizedAccessException)
                {
                }

                Thread.Sleep(50);
            }
        }

        private void Sample()
        {
            var parents = new Dictionary<int, int>();
            foreach (string dir in Directory.EnumerateDirectories("/proc"))
            {
                if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out int pid)) continue;
                int parent = ReadParent(pid);
                if (parent > 0) parents[pid] = parent;
            }

            foreach (int pid in parents.Keys)
            {
                if (!DescendsFromRoot(pid, parents) || !IsCompiler(pid)) continue;
                long peakKb = ReadPeakKb(pid);
                if (peakKb <= 0) continue;
                lock (peakKbByProcess)
                {
                    peakKbByProcess[pid] = Math.Max(peakKb, peakKbByProcess.TryGetValue(pid, out long seen) ? seen : 0);
                }
            }
        }

        private bool DescendsFromRoot(int pid, Dictionary<int, int> parents)
        {
            for (int depth = 0; depth < 64 && parents.TryGetValue(pid, out int parent); depth++)
            {
                if (parent == rootProcessId) return true;
                pid = parent;
            }

            return false;
        }

        private static int ReadParent(int pid)
        {
            string? stat = TryRead("/proc/" + pid.ToString(CultureInfo.InvariantCulture) + "/stat");
            if (stat is null) return -1;

            // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so read after the last ')'.
            string[] fields = stat.Substring(stat.LastIndexOf(')') + 2).Split(' ');
            return fields.Length > 1 && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out int parent) ? parent : -1;
        }

        private static bool IsCompiler(int pid)
        {
            // The SDK starts the compiler through its apphost (.../Roslyn/bincore/csc); older or
            // other setups run `dotnet exec .../csc.dll`. Arguments are NUL-separated.
            string? commandLine = TryRead("/proc/" + pid.ToString(CultureInfo.InvariantCulture) + "/cmdline");
            if (commandLine is null) return false;
            string program = commandLine.Split('\0')[0];
            return program.EndsWith("/csc", StringComparison.Ordinal) || commandLine.Contains("/csc.dll", StringComparison.Ordinal);
        }

        private static long ReadPeakKb(int pid)
        {
            string? status = TryRead("/proc/" + pid.ToString(CultureInfo.InvariantCulture) + "/status");
            if (status is null) return 0;
            foreach (string line in status.Split('\n'))
            {
                if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
                string number = line.Substring(6).Trim().Split(' ')[0];
                return long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out long kb) ? kb : 0;
            }

            return 0;
        }

        private static string? TryRead(string path)
        {
            try
            {
                return File.ReadAllText(path);
            }
            catch (IOException)
            {
                return null;
            }
            catch (UnauthorizedAccessException)
            {
                return null;
            }
        }
    }
}
