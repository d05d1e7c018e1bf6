using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using CorpusGenerator.Benchmarks.Builds;

namespace CorpusGenerator.Benchmarks.Reporting
{
    /// <summary>The machine the figures came from, and how busy it was: a figure means little without them.</summary>
    internal static class MachineInfo
    {
        public static Dictionary<string, object> Describe()
        {
            return new Dictionary<string, object>
            {
                ["nproc"] = Environment.ProcessorCount,
                ["memory_gib"] = Statistics.Round(MemoryKb("MemTotal:") / 1024.0 / 1024.0, 1),
                ["cpu_model"] = CpuModel(),
                ["dotnet_sdk"] = DotnetVersion(),
                ["dotnet_runtime"] = Environment.Version.ToString(),
                ["os"] = System.Runtime.InteropServices.RuntimeInformation.OSDescription,
            };
        }

        /// <summary>The 1, 5 and 15-minute load averages, as `uptime` prints them.</summary>
        public static string LoadAverage()
        {
            string? load = TryRead("/proc/loadavg");
            if (load is null) return "unknown";
            string[] parts = load.Split(' ');
            return parts.Length >= 3 ? parts[0] + " " + parts[1] + " " + parts[2] : load.Trim();
        }

        private static string CpuModel()
        {
            string? info = TryRead("/proc/cpuinfo");
            if (info is null) return "unknown";
            foreach (string line in info.Split('\n'))
            {
                if (line.StartsWith("model name", StringComparison.Ordinal)) return line.Substring(line.IndexOf(':') + 1).Trim();
            }

            return "unknown";
        }

        private static long MemoryKb(string field)
        {
            string? info = TryRead("/proc/meminfo");
            if (info is null) return 0;
            foreach (string line in info.Split('\n'))
            {
                if (!line.StartsWith(field, StringComparison.Ordinal)) continue;
                string number = line.Substring(field.Length).Trim().Split(' ')[0];
                return long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out long kb) ? kb : 0;
            }

            return 0;
        }

        private static string DotnetVersion()
        {
            try
            {
                return ProcessRun.Run("dotnet", new[] { "--version" }, Directory.GetCurrentDirectory()).Output.Trim();
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return "unknown";
            }
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
        }
    }
}
