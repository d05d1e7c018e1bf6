using System.Collections.Generic;

namespace CorpusGenerator
{
    /// <summary>
    /// Turns offsets into 1-based line and column numbers, with the line breaks the C# compiler
    /// counts (CR, LF, CRLF, NEL, U+2028, U+2029), so a quote's line matches the diagnostics' lines.
    /// One source file, compiled into the runtime library and the generator assembly (for the
    /// command-line tool), so both count lines the same way.
    /// </summary>
    internal sealed class LineMap
    {
        private readonly List<int> lineStarts = new List<int> { 0 };

        [System.Runtime.CompilerServices.MethodImpl(JitHints.OptimizeAtOnce)]
        public LineMap(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '\r')
                {
                    if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                    lineStarts.Add(i + 1);
                }
                else if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029')
                {
                    lineStarts.Add(i + 1);
                }
            }
        }

        /// <summary>The 1-based line and column of <paramref name="offset"/>.</summary>
        [System.Runtime.CompilerServices.MethodImpl(JitHints.OptimizeAtOnce)]
        public (int Line, int Column) Locate(int offset)
        {
            int line = lineStarts.BinarySearch(offset);
            if (line < 0) line = ~line - 1;
            return (line + 1, offset - lineStarts[line] + 1);
        }
    }
}
