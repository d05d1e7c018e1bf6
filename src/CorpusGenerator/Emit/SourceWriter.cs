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

        public override string ToString() => builder.ToString();
    }
}
