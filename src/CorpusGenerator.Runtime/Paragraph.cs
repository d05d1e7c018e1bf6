using System.Collections.Generic;

namespace CorpusGenerator
{
    /// <summary>
    /// A body paragraph. A paragraph the file cuts with a blank line in mid-sentence is one
    /// paragraph, and its <see cref="Text"/> keeps the cut as written.
    /// </summary>
    public sealed class Paragraph
    {
        private readonly List<Quote> quotes = new List<Quote>();

        internal Paragraph(int number, string text, SourceSpan span)
        {
            Number = number;
            Text = text;
            Span = span;
        }

        /// <summary>1-based position among the article's body paragraphs.</summary>
        public int Number { get; }

        /// <summary>The paragraph's text as written.</summary>
        public string Text { get; }

        /// <summary>Where the paragraph stands in the file.</summary>
        public SourceSpan Span { get; }

        /// <summary>The quotes in this paragraph, in source order.</summary>
        public IReadOnlyList<Quote> Quotes => quotes;

        internal void Add(Quote quote) => quotes.Add(quote);

        /// <inheritdoc />
        public override string ToString() => Text;
    }
}
