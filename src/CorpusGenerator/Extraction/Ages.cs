namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "34-year-old", "6-month-old": an age as news writes it, a number, a hyphen and a word ending
    /// "-old". The one reader of that form for the whole engine: noun phrases find it among a
    /// phrase's tokens (the tokenizer parts "34", "-", "year-old"), so that "the 34-year-old mother"
    /// is found by "mother" (<see cref="NounPhrases"/>); the resolver finds it in the text beside a
    /// name ("Ivo Minar, 20", "20-year-old Ivo Minar") and in a description's text ("said the
    /// 20-year-old"), where only an age in years of one or two digits can be matched against the
    /// age the article gave someone. Both ask <see cref="UnitAt"/> what the word after the number
    /// is; the resolver also reads the number with <see cref="YearsBefore"/>. Constant work: a few
    /// characters on either side of one hyphen.
    /// </summary>
    internal static class Ages
    {
        /// <summary>What the word after an age's number counts in.</summary>
        public enum Unit
        {
            /// <summary>No age: the word does not end "-old".</summary>
            None,

            /// <summary>"-year-old", as written in news (lower case).</summary>
            Years,

            /// <summary>"-month-old", "-week-old", "-Year-Old": an age, but none to match against one in years.</summary>
            Other,
        }

        private const string YearOld = "-year-old";

        /// <summary>
        /// What <c>text[hyphen..end)</c> reads: the hyphen after an age's number and the word after
        /// it, "-year-old" (<see cref="Unit.Years"/>) or another word ending "-old" ("-month-old",
        /// <see cref="Unit.Other"/>); <see cref="Unit.None"/> when it is no age.
        /// </summary>
        public static Unit UnitAt(string text, int hyphen, int end)
        {
            if (hyphen < 0 || end > text.Length || end - hyphen < 5 || text[hyphen] != '-' ||
                string.Compare(text, end - 4, "-old", 0, 4, System.StringComparison.OrdinalIgnoreCase) != 0) return Unit.None;
            return end - hyphen == YearOld.Length && string.CompareOrdinal(text, hyphen, YearOld, 0, YearOld.Length) == 0 ? Unit.Years : Unit.Other;
        }

        /// <summary>
        /// The number of one or two digits right before <paramref name="hyphen"/>, and after no
        /// letter or digit ("20" in "the 20-year-old", not "120"); 0 when none.
        /// </summary>
        public static int YearsBefore(string text, int hyphen)
        {
            int i = hyphen, age = 0, scale = 1;
            while (i - 1 >= 0 && hyphen - i < 2 && char.IsDigit(text[i - 1]))
            {
                age += (text[--i] - '0') * scale;
                scale *= 10;
            }

            return i < hyphen && (i == 0 || !char.IsLetterOrDigit(text[i - 1])) ? age : 0;
        }
    }
}
