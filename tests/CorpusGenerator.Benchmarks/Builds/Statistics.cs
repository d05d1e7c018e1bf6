using System;
using System.Collections.Generic;

namespace CorpusGenerator.Benchmarks.Builds
{
    /// <summary>The one statistic the build figures use: the median, which one slow run on a shared machine does not move.</summary>
    internal static class Statistics
    {
        public static double Median(IReadOnlyList<double> values)
        {
            if (values.Count == 0) return double.NaN;
            var sorted = new List<double>(values);
            sorted.Sort();
            int middle = sorted.Count / 2;
            return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }

        public static double Round(double value, int digits) => Math.Round(value, digits, MidpointRounding.AwayFromZero);
    }
}
