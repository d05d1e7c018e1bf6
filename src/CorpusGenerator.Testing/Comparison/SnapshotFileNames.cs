using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace CorpusGenerator.Testing
{
    /// <summary>
    /// Verify's file names: <c>{prefix}[#{name}][.NN].{received|verified}.{extension}</c>, where
    /// <c>.NN</c> (00, 01...) tells apart targets that share a name.
    /// </summary>
    internal static class SnapshotFileNames
    {
        public const string Received = "received";
        public const string Verified = "verified";

        public static IReadOnlyList<SnapshotFilePair> Assign(SnapshotLocation location, IReadOnlyList<SnapshotTarget> targets)
        {
            var countByName = targets
                .GroupBy(target => target.Name ?? string.Empty, System.StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.Count(), System.StringComparer.Ordinal);
            var seenByName = new Dictionary<string, int>(System.StringComparer.Ordinal);
            var pairs = new List<SnapshotFilePair>(targets.Count);
            foreach (var target in targets)
            {
                var key = target.Name ?? string.Empty;
                var stem = target.Name is null ? location.Prefix : location.Prefix + "#" + target.Name;
                if (countByName[key] > 1)
                {
                    seenByName.TryGetValue(key, out var index);
                    seenByName[key] = index + 1;
                    stem += "." + index.ToString("D2", CultureInfo.InvariantCulture);
                }

                pairs.Add(new SnapshotFilePair(
                    target,
                    Path.Combine(location.Directory, stem + "." + Received + "." + target.Extension),
                    Path.Combine(location.Directory, stem + "." + Verified + "." + target.Extension)));
            }

            return pairs;
        }

        /// <summary>
        /// The files in the location's directory that belong to its prefix and are of the given kind.
        /// Anchored on what may follow the prefix, so <c>C.M</c> never claims <c>C.M2.verified.txt</c>,
        /// <c>C.M_x=1.verified.txt</c> or (class C.M, method N) <c>C.M.N.verified.txt</c>.
        /// </summary>
        public static IReadOnlyList<string> Existing(SnapshotLocation location, string kind)
        {
            if (!Directory.Exists(location.Directory))
            {
                return [];
            }

            var pattern = new Regex(
                "^" + Regex.Escape(location.Prefix) + @"(#.+?)?(\.[0-9]{2})?\." + kind + @"\.[^.]+$",
                RegexOptions.CultureInvariant);
            return Directory.EnumerateFiles(location.Directory, location.Prefix + "*")
                .Where(path => pattern.IsMatch(Path.GetFileName(path)))
                .OrderBy(path => path, System.StringComparer.Ordinal)
                .ToList();
        }
    }
}
