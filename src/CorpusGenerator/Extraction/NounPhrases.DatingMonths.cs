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
        /// A dated month standing alone is a time, never who speaks: "the OFHEO turned its
        /// attention to Fannie May and in September this year said that ...", where the walk back
        /// from "said" skips "this year" and stopped at "September", and "the fiscal year starting
        /// on 21 March calls for the sell-off" made BBC speakers "September" and "March". The
        /// month's own word before it tells the date ("in", "on", a day's number), so "May said"
        /// and "according to May" keep Theresa May.
        /// </summary>
        private static bool IsLoneDatedMonth(List<Token> t, int first, int end, int sentenceFirst) => first + 1 == end && IsDatedMonth(t, first, sentenceFirst);

        /// <summary>Whether token <paramref name="first"/> is a month a day's number or a word of <see cref="LoneMonthDaters"/> dates: "in September", "21 March".</summary>
        internal static bool IsDatedMonth(List<Token> t, int first, int sentenceFirst)
        {
            if (first - 1 < sentenceFirst || !t[first].IsWord || !t[first].IsCapitalized || t[first].IsPossessive || !MonthWords.Contains(t[first].Text)) return false;
            Token before = t[first - 1];
            return before.Kind == TokenKind.Number || (before.IsWord && LoneMonthDaters.Contains(before.Text));
        }

        /// <summary>
        /// The dating words that leave no person after them: "by May", "from May", "after May"
        /// can name Theresa May as an author or a source, "in May" and "on 21 March" cannot.
        /// </summary>
        private static readonly WordSet LoneMonthDaters = new WordSet(
            "in", "on", "until", "till", "since", "during", "last", "next", "early", "late", "mid", "throughout");

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
