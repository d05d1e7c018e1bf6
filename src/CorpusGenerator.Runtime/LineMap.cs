using System.Collections.Generic;

namespace CorpusGenerator
{
    /// <summary>
    /// Turns offsets into 1-based line and column numbers, with the line breaks the C# compiler
    /// counts (CR, LF, CRLF, NEL, U+2028, U+2029), so a quote's line matches the diagnostics' lines.
    /// </summary>
    internal sealed class LineMap
    {
        private readonly List<int> lineStarts = new List<int> { 0 };

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

        public SourceSpan Span(int start, int length)
        {
            int line = lineStarts.BinarySearch(start);
            if (line < 0) line = ~line - 1;
            return new SourceSpan(start, length, line + 1, start - lineStarts[line] + 1);
        }
    }
}
