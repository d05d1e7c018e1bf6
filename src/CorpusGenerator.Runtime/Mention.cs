namespace CorpusGenerator
{
    /// <summary>One place the article names a speaker: a full name, a surname, a title or a pronoun.</summary>
    public sealed class Mention
    {
        internal Mention(Speaker speaker, string text, SourceSpan span)
        {
            Speaker = speaker;
            Text = text;
            Span = span;
        }

        /// <summary>The speaker this mention refers to.</summary>
        public Speaker Speaker { get; }

        /// <summary>The mention as written (<c>the president</c>, <c>He</c>).</summary>
        public string Text { get; }

        /// <summary>Where the mention stands in the file.</summary>
        public SourceSpan Span { get; }

        /// <inheritdoc />
        public override string ToString() => Text;
    }
}
