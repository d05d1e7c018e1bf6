using System.Text;

namespace CorpusGenerator.Emit
{
    /// <summary>
    /// Builds C# text line by line with indentation, LF line endings and nothing that depends on
    /// the machine, so the output is byte-identical everywhere.
    /// </summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder builder = new StringBuilder();
        private int depth;

        /// <summary>A writer whose first line is indented <paramref name="depth"/> levels, for code placed inside other code.</summary>
        public SourceWriter(int depth = 0) => this.depth = depth;

        public SourceWriter Line(string text = "")
        {
            if (text.Length > 0) builder.Append(' ', depth * 4).Append(text);
            builder.Append('\n');
            return this;
        }

        public SourceWriter Open(string text)
        {
            Line(text);
            Line("{");
            depth++;
            return this;
        }

        public SourceWriter Close(string suffix = "")
        {
            depth--;
            return Line("}" + suffix);
        }

        /// <summary>Ends a block and starts the next at the same depth: <c>}, next</c> then <c>{</c>.</summary>
        public SourceWriter CloseAndOpen(string between)
        {
            Close(between);
            Line("{");
            depth++;
            return this;
        }

        /// <summary>Writes <c>/// </c> lines; the text must already be escaped for XML doc comments.</summary>
        public SourceWriter Doc(string tag, string escapedText)
        {
            Line("/// <" + tag + ">");
            Line("/// " + escapedText);
            return Line("/// </" + tag + ">");
        }

        /// <summary>Appends text another writer produced, already indented and ending in a line break.</summary>
        public SourceWriter Raw(string lines)
        {
            builder.Append(lines);
            return this;
        }

        /// <summary>One level deeper, for a line not inside braces of its own (an article's <c>Article</c> property, written between its head and body).</summary>
        public SourceWriter Indent()
        {
            depth++;
            return this;
        }

        /// <summary>Back one level after <see cref="Indent"/>.</summary>
        public SourceWriter Outdent()
        {
            depth--;
            return this;
        }

        public override string ToString() => builder.ToString();
    }
}
