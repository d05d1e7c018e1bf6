using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Until December Microsoft said ...", "in December BT announced that ...": a month after a
    /// word that dates ("in", "until", "since", a day's number) says when, and is no first word of
    /// the name that follows it. Weekdays are stop words and already end the name walks; months
    /// are not, since "May" and "June" are names too ("June Carter Cash said"), so only the word
    /// before tells a date from a name.
    /// </summary>
    internal static partial class NounPhrases
    {
        private static readonly WordSet MonthWords = new WordSet(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december");

        /// <summary>Words that put a month as a date: "in June", "until December", "since March", "early May".</summary>
        private static readonly WordSet MonthDaters = new WordSet(
            "in", "until", "till", "since", "by", "from", "during", "before", "after", "last", "next", "early", "late", "mid", "through", "throughout");

        /// <summary>
        /// Whether token <paramref name="i"/> is a capitalised month dated by the word before it:
        /// "in December", "until December", "21 March". Asked only when a name word follows: a month
        /// alone ("Geldof in July said") is left to the walks that skip a time before the cue.
        /// </summary>
        private static bool IsDatingMonth(List<Token> t, int i, int sentenceFirst)
        {
            if (i - 1 < sentenceFirst || !t[i].IsWord || !t[i].IsCapitalized || t[i].IsPossessive || !MonthWords.Contains(t[i].Text)) return false;
            Token before = t[i - 1];
            return before.Kind == TokenKind.Number || (before.IsWord && MonthDaters.Contains(before.Text));
        }
    }
}
