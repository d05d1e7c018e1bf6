using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"Hours later,", "Eight years ago,": a span of time opening a sentence.</summary>
    internal static partial class SpeechPatterns
    {
        private static readonly WordSet DurationNouns = new WordSet(
            "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades");

        private static readonly WordSet SpanEnds = new WordSet("ago", "later", "earlier", "before", "after", "on");

        private static readonly WordSet SpanCounts = new WordSet(
            "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "fifteen", "twenty", "thirty", "forty", "fifty", "several", "few", "many", "some", "just", "only");

        /// <summary>
        /// "Hours later, Trump returned the compliment", "Eight years ago, he supported Obama": the
        /// capitalized first word counts time, it is no one's name, so the subject comes after it.
        /// </summary>
        private static bool OpensWithTimeSpan(List<Token> t, int first, int limit)
        {
            int i = first;
            while (i < limit && i - first < 3 && (t[i].Kind == TokenKind.Number || (t[i].IsWord && SpanCounts.Contains(t[i].Text)))) i++;
            if (i + 1 >= limit || !t[i].IsWord || !DurationNouns.Contains(t[i].Text)) return false;
            return t[i + 1].IsWord && SpanEnds.Contains(t[i + 1].Text);
        }
    }
}
