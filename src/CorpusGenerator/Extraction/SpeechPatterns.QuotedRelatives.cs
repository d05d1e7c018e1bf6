using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "DeSantis said he backs a bill that would target accreditation bodies, which he called “a
    /// cartel for higher education.”", "the marchers, whom he described as “peaceful,”": a relative
    /// clause with a subject of its own whose cue quotes words of that subject's is an attribution
    /// of its own, inside another cue's content. The quoted words are the relative clause
    /// speaker's, and the report around it stops before the relative pronoun.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>
        /// Whether <paramref name="a"/>'s speaker follows "which" or "whom" and its cue is followed
        /// by a quotation, straight after it or after "as": "which he called “Q”", "whom he described as “Q”".
        /// </summary>
        private static bool QuotedRelativeCue(List<Token> t, Sentence s, Attribution a)
        {
            if (a.Speaker is not Mention speaker || a.SpeakerAfterCue || speaker.First - 1 < s.First) return false;
            Token before = t[speaker.First - 1];
            if (RelativePronoun(before) is not (RelativeKind.Which or RelativeKind.Whom) || speaker.End != a.Cue) return false;
            int next = a.CueEnd;
            if (next < s.End && t[next].Is("as")) next++;
            return next < s.End && t[next].Kind == TokenKind.Quote;
        }

        /// <summary>Where a report must stop before a quoted relative clause's attribution: at its "which" or "whom", else -1.</summary>
        private static int BeforeQuotedRelative(List<Token> t, Sentence s, Attribution next)
        {
            if (next.Speaker is not Mention speaker || next.SpeakerAfterCue || speaker.First - 1 <= s.First) return -1;
            return QuotedRelativeCue(t, s, next) ? speaker.First - 1 : -1;
        }
    }
}
