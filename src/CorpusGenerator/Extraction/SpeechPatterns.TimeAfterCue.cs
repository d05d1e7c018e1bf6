using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>When it was said, right after the cue: "said Tuesday", "said on Thursday", "said last week".</summary>
    internal static partial class SpeechPatterns
    {
        private static readonly WordSet RecentPeriods = new WordSet("week", "weekend", "month", "year", "morning", "afternoon", "evening", "night");

        /// <summary>
        /// Where the time phrase at <paramref name="i"/> right after a cue ends: a day ("Tuesday"),
        /// "on" and a day ("said on Thursday it had signed a new agreement"), or "last"/"this" and
        /// a period ("said last week it was offering voluntary redundancy", "earlier this month");
        /// <paramref name="i"/> when none stands there. What follows is the content only when a
        /// subject opens it, which the caller checks.
        /// </summary>
        private static int PastTimeAfterCue(List<Token> t, int i, int limit)
        {
            if (!t[i].IsWord) return i;
            if (t[i].IsCapitalized && WordLists.Weekdays.Contains(t[i].Text)) return i + 1;
            if (t[i].Is("on") && i + 1 < limit && t[i + 1].IsCapitalized && WordLists.Weekdays.Contains(t[i + 1].Text)) return i + 2;
            int j = t[i].Is("earlier") && i + 1 < limit && t[i + 1].Is("this") ? i + 1 : i;
            if ((t[j].Is("last") || t[j].Is("this")) && j + 1 < limit && t[j + 1].IsWord && RecentPeriods.Contains(t[j + 1].Text)) return j + 2;
            return i;
        }
    }
}
