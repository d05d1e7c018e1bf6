namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// Finds a name in the article's text as a whole word: "Blair" in "Mr Blair said", not in
    /// "Blairite". One search used by every rule that asks whether, or where, the text writes a
    /// name (a headline's speaker in the body, a club named before "say", a speaker named inside
    /// his own quotation), so that they agree on what a word boundary is: a letter on neither side.
    /// </summary>
    internal static class WholeWords
    {
        /// <summary>
        /// The first place at or after <paramref name="start"/>, and ending by <paramref name="end"/>,
        /// where <paramref name="word"/> stands as a whole word, or -1. One ordinal search of the range.
        /// </summary>
        public static int IndexOf(string text, string word, int start, int end)
        {
            int from = start;
            while (from < end)
            {
                int at = text.IndexOf(word, from, end - from, System.StringComparison.Ordinal);
                if (at < 0) return -1;
                int after = at + word.Length;
                if ((at == 0 || !char.IsLetter(text[at - 1])) && (after >= text.Length || !char.IsLetter(text[after]))) return at;
                from = at + 1;
            }

            return -1;
        }
    }
}
