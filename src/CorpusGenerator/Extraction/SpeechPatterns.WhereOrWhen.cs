using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"Costa reported from Washington.", "the senator said at the time.": after the cue, only where or when.</summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Words at most in a phrase after the cue that only says where or when it was said.</summary>
        private const int WhereOrWhenWords = 6;

        /// <summary>Words that open a reported clause or question after the time: "asked Friday whether ...".</summary>
        private static readonly WordSet ReportedClauseOpeners = new WordSet("whether", "if", "how", "why", "what", "who", "which", "where");

        /// <summary>
        /// "Costa reported from Washington.", "Smith said in a statement.", "the FBI said later in the
        /// day.": when all the cue's content after it is a short phrase of place, channel or time
        /// (<see cref="IsAdverbial"/>: no "that", quotation or clause after a comma), nothing said is
        /// reported; the words are elsewhere (a quotation before, or none).
        /// </summary>
        private static bool OnlyWhereOrWhen(List<Token> t, Attribution a)
        {
            if (a.ContentFirst < a.CueEnd || t[a.Cue].Is("according")) return false;
            if (CountWords(t, a.ContentFirst, a.ContentEnd) > WhereOrWhenWords) return false;
            for (int i = a.ContentFirst; i < a.ContentEnd; i++)
            {
                // "asked Friday whether she would ...", "argued in 2004 were unhealthy": a clause follows.
                if (t[i].IsPunct(',') || (t[i].IsWord && (Auxiliaries.Contains(t[i].Text) || ReportedClauseOpeners.Contains(t[i].Text)))) return false;
            }

            return IsAdverbial(t, a.ContentFirst, a.ContentEnd) || IsMeasuredTime(t, a.ContentFirst, a.ContentEnd);
        }
    }
}
