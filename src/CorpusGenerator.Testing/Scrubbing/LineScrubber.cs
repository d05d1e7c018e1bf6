using System;
using System.Collections.Generic;
using System.Text;

namespace CorpusGenerator.Testing
{
    /// <summary>
    /// Applies line replacements to LF text: each replacement sees every line (without its
    /// <c>\n</c>) and returns the new line, or <see langword="null"/> to remove it. Whether the
    /// text ends with a newline is kept.
    /// </summary>
    internal static class LineScrubber
    {
        public static string Apply(string text, IReadOnlyList<Func<string, string?>> replacements)
        {
            if (replacements.Count == 0 || text.Length == 0)
            {
                return text;
            }

            var endsWithNewline = text[text.Length - 1] == '\n';
            var lines = (endsWithNewline ? text.Substring(0, text.Length - 1) : text).Split('\n');
            var builder = new StringBuilder(text.Length);
            var first = true;
            foreach (var original in lines)
            {
                string? line = original;
                foreach (var replace in replacements)
                {
                    line = replace(line);
                    if (line is null)
                    {
                        break;
                    }
                }

                if (line is null)
                {
                    continue;
                }

                if (!first)
                {
                    builder.Append('\n');
                }

                builder.Append(LineEndings.ToLf(line));
                first = false;
            }

            if (endsWithNewline && !first)
            {
                builder.Append('\n');
            }

            return builder.ToString();
        }
    }
}
