namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// A paragraph of a quoted transcript: <c>"PENCE: Well, the question ...</c>. An article that
    /// quotes an interview opens each paragraph with a mark (the multi-paragraph convention), and
    /// each turn with its speaker's label in capitals and a colon. The turns are the speakers'
    /// own attributions, as in a transcript printed without marks; read as one quotation they
    /// would give an interviewer's questions and a politician's answers to one speaker.
    /// </summary>
    internal static class TranscriptTurn
    {
        /// <summary>Words in a speaker's label at most: "JAKE TAPPER", "SEN. TIM KAINE".</summary>
        private const int MaxLabelWords = 4;

        /// <summary>
        /// Whether <paramref name="para"/> opens with a quotation mark, a label (<see cref="IsLabel"/>)
        /// of at most four words and a colon, so a quoted sentence that starts with a capitalised
        /// word ("Yes: ...") is no label.
        /// </summary>
        public static bool Opens(string text, TextRange para)
        {
            int i = para.Start;
            if (i >= para.End) return false;
            if (text[i] == '\'' && i + 1 < para.End && text[i + 1] == '\'') i += 2;
            else if (QuoteMarks.IsDouble(text[i])) i++;
            else return false;

            int label = i, words = 0;
            bool inWord = false;
            for (; i < para.End && i - para.Start < 40; i++)
            {
                char c = text[i];
                if (c == ':') return IsLabel(text, label, i) && i + 1 < para.End && char.IsWhiteSpace(text[i + 1]);
                if (char.IsUpper(c))
                {
                    if (!inWord && ++words > MaxLabelWords) return false;
                    inWord = true;
                }
                else if (c == ' ')
                {
                    if (!inWord) return false; // two spaces, or a space after the mark
                    inWord = false;
                }
                else if (c != '.' && c != '\'' && c != '’' && c != '-')
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether the text from <paramref name="start"/> to <paramref name="end"/> is a speaker's
        /// label as transcripts print it: at least two capital letters and no lower-case one
        /// ("PENCE", "SEN. TIM KAINE"); a headline's "Pence: ..." names its speaker in ordinary case.
        /// </summary>
        public static bool IsLabel(string text, int start, int end)
        {
            int capitals = 0;
            for (int i = start; i < end; i++)
            {
                if (char.IsLower(text[i])) return false;
                if (char.IsUpper(text[i])) capitals++;
            }

            return capitals >= 2;
        }
    }
}
