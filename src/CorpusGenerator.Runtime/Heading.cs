namespace CorpusGenerator
{
    /// <summary>A line that heads a section of the article.</summary>
    public sealed class Heading
    {
        internal Heading(string text, SourceSpan span)
        {
            Text = text;
            Span = span;
        }

        /// <summary>The heading's text.</summary>
        public string Text { get; }

        /// <summary>Where the heading stands in the file.</summary>
        public SourceSpan Span { get; }

        /// <inheritdoc />
        public override string ToString() => Text;
    }
}
