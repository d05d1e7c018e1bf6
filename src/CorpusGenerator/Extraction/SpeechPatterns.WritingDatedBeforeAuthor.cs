using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "according to a report earlier this week from the British Retail Consortium", "according to
    /// new figures released on Tuesday by the British Phonographic Industry (BPI)": when a writing
    /// came out stood between it and "from" or "by", so the author after them was never read and
    /// the report had no speaker though the text names its author.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Nouns of a period that "this", "last", "earlier this" date a writing by.</summary>
        private static readonly WordSet DatingPeriods = new WordSet("week", "month", "year");

        /// <summary>
        /// The token after a phrase of when at <paramref name="at"/>: "on Tuesday", "in January",
        /// "earlier this week", "last month", "this year", "yesterday"; <paramref name="at"/> when
        /// none stands there.
        /// </summary>
        private static int PastWritingDate(List<Token> t, int at, int end)
        {
            if (at >= end || !t[at].IsWord) return at;
            if (t[at].Is("yesterday")) return at + 1;
            if ((t[at].Is("on") || t[at].Is("in")) && at + 1 < end && t[at + 1].IsCapitalized && SpeakerResolver.CalendarWords.Contains(t[at + 1].Text)) return at + 2;
            int i = at;
            if (t[i].Is("earlier") || t[i].Is("later")) i++;
            if (i + 1 < end && (t[i].Is("this") || t[i].Is("last")) && t[i + 1].IsWord && DatingPeriods.Contains(t[i + 1].Text)) return i + 2;
            return at;
        }

        /// <summary>
        /// The token index of "from" or "by" after a writing's noun ending at <paramref name="at"/>,
        /// past a date and a publishing participle ("a report earlier this week from", "figures
        /// released on Tuesday by", "figures revealed by"); <paramref name="at"/> when neither
        /// stands there (the caller then finds no "from" or "by").
        /// </summary>
        private static int AuthorPrepositionAfterWriting(List<Token> t, int at, int end)
        {
            int i = PastWritingDate(t, at, end);
            int made = PastMakingParticiple(t, i, end); // "research carried out by" (WritingsMadeBy)
            if (made > i || (i < end && t[i].IsWord && !t[i].IsCapitalized && PublishingParticiples.Contains(t[i].Text)))
            {
                int by = PastWritingDate(t, made > i ? made : i + 1, end);
                return by < end && t[by].Is("by") ? by : at;
            }

            return i > at && i < end && (t[i].Is("from") || t[i].Is("by")) ? i : at;
        }
    }
}
