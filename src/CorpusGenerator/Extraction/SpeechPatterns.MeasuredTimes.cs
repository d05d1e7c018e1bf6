using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "as Breitbart reported a few days later", "the paper reported two weeks ago": a measure of
    /// time closed by "later", "earlier" or "ago" says when the words went out, not what they were.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Words at most in a measured time: "a few days later", "some two weeks ago".</summary>
        private const int MeasuredTimeWords = 5;

        private static readonly WordSet TimeMeasureEnds = new WordSet("later", "earlier", "ago");

        private static readonly WordSet TimeUnits = new WordSet(
            "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
            "moment", "moments", "decade", "decades");

        /// <summary>
        /// Whether [<paramref name="start"/>, <paramref name="end"/>) is only a measured time: lower-case
        /// words or numbers, at most <see cref="MeasuredTimeWords"/>, a unit of time and then "later",
        /// "earlier" or "ago".
        /// </summary>
        private static bool IsMeasuredTime(List<Token> t, int start, int end)
        {
            if (end - start < 2 || end - start > MeasuredTimeWords || !t[end - 1].IsWord || !TimeMeasureEnds.Contains(t[end - 1].Text)) return false;
            if (!t[end - 2].IsWord || !TimeUnits.Contains(t[end - 2].Text)) return false; // "adding pay-TV channels later" adds channels
            for (int i = start; i < end - 1; i++)
            {
                if (t[i].Kind == TokenKind.Number) continue;
                if (!t[i].IsWord || t[i].IsCapitalized || Auxiliaries.Contains(t[i].Text) || t[i].Is("that")) return false;
            }

            return true;
        }
    }
}
