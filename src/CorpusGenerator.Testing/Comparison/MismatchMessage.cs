using System.Collections.Generic;
using System.IO;
using System.Text;

namespace CorpusGenerator.Testing
{
    /// <summary>
    /// The failure message in Verify's layout (its VerifyExceptionMessageBuilder): the directory,
    /// the New/NotEqual/Delete file lists, then a FileContent section with each received text, so a
    /// CI log alone shows what changed.
    /// </summary>
    internal static class MismatchMessage
    {
        public static string Build(
            string directory,
            IReadOnlyList<SnapshotDifference> newFiles,
            IReadOnlyList<SnapshotDifference> notEqualFiles,
            IReadOnlyList<string> deletePaths,
            string? hint)
        {
            var builder = new StringBuilder();
            Line(builder, "Directory: " + directory);
            AppendPairs(builder, "New:", newFiles);
            AppendPairs(builder, "NotEqual:", notEqualFiles);
            if (deletePaths.Count > 0)
            {
                Line(builder, "Delete:");
                foreach (var path in deletePaths)
                {
                    Line(builder, "  - " + Path.GetFileName(path));
                }
            }

            AppendContent(builder, newFiles, notEqualFiles);
            if (hint is not null)
            {
                Line(builder, hint);
            }

            return builder.ToString();
        }

        static void AppendPairs(StringBuilder builder, string heading, IReadOnlyList<SnapshotDifference> differences)
        {
            if (differences.Count == 0)
            {
                return;
            }

            Line(builder, heading);
            foreach (var difference in differences)
            {
                Line(builder, "  - Received: " + Path.GetFileName(difference.Files.ReceivedPath));
                Line(builder, "    Verified: " + Path.GetFileName(difference.Files.VerifiedPath));
            }
        }

        static void AppendContent(StringBuilder builder, IReadOnlyList<SnapshotDifference> newFiles, IReadOnlyList<SnapshotDifference> notEqualFiles)
        {
            if (newFiles.Count == 0 && notEqualFiles.Count == 0)
            {
                return;
            }

            Line(builder);
            Line(builder, "FileContent:");
            Line(builder);
            if (newFiles.Count > 0)
            {
                Line(builder, "New:");
                Line(builder);
                foreach (var difference in newFiles)
                {
                    Line(builder, "Received: " + Path.GetFileName(difference.Files.ReceivedPath));
                    Line(builder, difference.ReceivedText);
                    Line(builder);
                }
            }

            if (notEqualFiles.Count > 0)
            {
                Line(builder, "NotEqual:");
                Line(builder);
                foreach (var difference in notEqualFiles)
                {
                    Line(builder, "Received: " + Path.GetFileName(difference.Files.ReceivedPath));
                    Line(builder, difference.ReceivedText);
                    Line(builder, "Verified: " + Path.GetFileName(difference.Files.VerifiedPath));
                    Line(builder, difference.VerifiedText ?? string.Empty);
                    Line(builder);
                }
            }
        }

        // Always \n, as Verify's AppendLineN, so the message is the same on every OS.
        static void Line(StringBuilder builder, string text = "") => builder.Append(text).Append('\n');
    }
}
