namespace CorpusGenerator
{
    /// <summary>A piece of speech: what was said, who said it, and how the article reports it.</summary>
    public sealed class Quote
    {
        internal Quote(
            Article article,
            int index,
            QuoteKind kind,
            string text,
            SourceSpan span,
            Speaker? speaker,
            Mention? speakerMention,
            string? cue,
            SourceSpan? cueSpan,
            Paragraph paragraph)
        {
            Article = article;
            Index = index;
            Kind = kind;
            Text = text;
            Span = span;
            Speaker = speaker;
            SpeakerMention = speakerMention;
            Cue = cue;
            CueSpan = cueSpan;
            Paragraph = paragraph;
        }

        /// <summary>The article the quote is from.</summary>
        public Article Article { get; }

        /// <summary>0-based position in <see cref="CorpusGenerator.Article.Quotes"/>.</summary>
        public int Index { get; }

        /// <summary>Direct, mixed or indirect.</summary>
        public QuoteKind Kind { get; }

        /// <summary>What was said; for a direct quote, the words inside the quotation marks.</summary>
        public string Text { get; }

        /// <summary>Where <see cref="Text"/> stands in the file.</summary>
        public SourceSpan Span { get; }

        /// <summary>Who said it, or null when the article does not say.</summary>
        public Speaker? Speaker { get; }

        /// <summary>The mention the quote was attributed from (<c>Rouhani</c>, <c>he</c>), or null.</summary>
        public Mention? SpeakerMention { get; }

        /// <summary>The verb that introduces the speech, as written (<c>said</c>, <c>stressed</c>), or null.</summary>
        public string? Cue { get; }

        /// <summary>Where <see cref="Cue"/> stands in the file, or null.</summary>
        public SourceSpan? CueSpan { get; }

        /// <summary>The paragraph the quote starts in.</summary>
        public Paragraph Paragraph { get; }

        /// <inheritdoc />
        public override string ToString() => (Speaker?.Name ?? "(unknown)") + " (" + (Cue ?? Kind.ToString()) + "): \"" + Text + "\"";
    }
}
