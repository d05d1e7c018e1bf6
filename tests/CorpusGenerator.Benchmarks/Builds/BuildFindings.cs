using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace CorpusGenerator.Benchmarks.Builds
{
    /// <summary>What a build's output says went wrong: error codes, so a failed build is never timed as a fast one.</summary>
    internal static class BuildFindings
    {
        private static readonly Regex ErrorCode = new Regex(@"error ([A-Z]+[0-9]+)", RegexOptions.CultureInvariant);

        public static IReadOnlyCollection<string> ErrorCodes(ProcessResult build)
        {
            var codes = new SortedSet<string>(StringComparer.Ordinal);
            foreach (Match match in ErrorCode.Matches(build.Output)) codes.Add(match.Groups[1].Value);
            return codes;
        }

        /// <summary>Throws with the build's tail when it failed: every figure after a failed build would be a lie.</summary>
        public static void EnsureSucceeded(ProcessResult build, string what)
        {
            if (build.ExitCode == 0) return;
            string output = build.Output;
            string tail = output.Length > 4000 ? output.Substring(output.Length - 4000) : output;
            throw new InvalidOperationException(what + " failed (exit " + build.ExitCode + ", errors: " + string.Join(", ", ErrorCodes(build)) + "):\n" + tail);
        }
    }
}
