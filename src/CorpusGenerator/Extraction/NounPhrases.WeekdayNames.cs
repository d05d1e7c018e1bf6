using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"the Sunday Times", "the Sunday Telegraph": a weekday inside a name.</summary>
    internal static partial class NounPhrases
    {
        /// <summary>Whether <paramref name="text"/>[<paramref name="start"/>, +<paramref name="length"/>) is a weekday.</summary>
        internal static bool IsWeekday(string text, int start, int length) => WordLists.Weekdays.Contains(text, start, length);

        /// <summary>
        /// Whether token <paramref name="i"/> is a capitalised weekday between "the" and a name word:
        /// "the Sunday Times reported", "according to the Sunday Telegraph". A weekday as a date
        /// takes no article ("on Sunday", "Sunday's match") and "the Sunday meeting" has a
        /// lower-case noun after it, so with "the" before and a name after, the weekday opens a
        /// title. As a stop word it ended the name walks, and the speaker was "Times".
        /// </summary>
        private static bool IsWeekdayInName(List<Token> t, int i, int sentenceFirst) =>
            i - 1 >= sentenceFirst && i + 1 < t.Count && t[i].IsWord && t[i].IsCapitalized && !t[i].IsPossessive && WordLists.Weekdays.Contains(t[i].Text) &&
            t[i - 1].Is("the") && IsNameish(t[i + 1]);
    }
}
