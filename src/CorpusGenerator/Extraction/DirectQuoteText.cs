namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// A direct quote is the words inside its quotation marks: the model's <c>Quote.Text</c> promises
    /// that, and a reader of the typed API should not have to strip marks (which may not even match:
    /// the seed opens one quote with a straight mark and closes it with a curly one).
    /// </summary>
    internal static class DirectQuoteText
    {
        /// <summary>
        /// <paramref name="span"/> without its opening and closing mark: one mark at each end (two
        /// apostrophes where typewriter quotes stand for a double mark), so an apostrophe that ends
        /// the words themselves (<c>the players'</c>) stays.
        /// </summary>
        public static TextRange Inside(string text, TextRange span)
        {
            int start = span.Start, end = span.End;
            while (start < end && char.IsWhiteSpace(text[start])) start++;
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
            if (end - start >= 2 && text[start] == '\'' && text[start + 1] == '\'') start += 2;
            else if (start < end && IsMark(text[start])) start++;
            if (end - start >= 2 && text[end - 1] == '\'' && text[end - 2] == '\'') end -= 2;
            else if (end > start && IsMark(text[end - 1])) end--;

            // A quote that is nothing but marks keeps its span, so it still points somewhere real.
            return end > start ? new TextRange(start, end) : span;
        }

        private static bool IsMark(char c) => QuoteMarks.IsDouble(c) || c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B' || c == '\u2039' || c == '\u203A';
    }
}
