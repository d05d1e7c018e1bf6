using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>A subject the attribution interrupts before its verb ("The tone of the campaign, said Mr Milburn, would be ...").</summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>The most words a subject before the attribution may have: a noun phrase, not a paragraph.</summary>
        private const int MaxInterruptedSubjectWords = 12;

        /// <summary>The most tokens the attribution after the cue may take: the speaker and one appositive.</summary>
        private const int MaxInterruptingSpeakerTokens = 24;

        /// <summary>
        /// "The hard part of learning any language, said Mr Purushotma, were the basic parts ...",
        /// "Part of the problem, say experts like Paul Bauman, a Canadian geophysicist, is the ground
        /// itself": a noun phrase with no verb of its own, the attribution set off by commas, then a
        /// finite verb in lower case. The phrase is the subject of that verb, so what was said is the
        /// one sentence around the attribution, not the bare phrase before it (which is no report).
        /// <see cref="InvertedAside"/> takes the short fragments ("The idea, says BT, is ..."); this
        /// takes longer subjects, whose last word must meet a finite verb to be read so.
        /// </summary>
        private static bool InterruptedSubject(List<Token> t, Attribution a, int lStart, int lEnd, int start, int end, bool hasLeft, bool hasRight)
        {
            if (!hasLeft || !hasRight || !a.SpeakerAfterCue || a.Speaker is not Mention || t[a.Cue].Is("according")) return false;
            if (a.Cue == 0 || !t[a.Cue - 1].IsPunct(',') || HasQuote(t, lStart, lEnd)) return false;
            int words = CountWords(t, lStart, lEnd);
            if (words < 2 || words > MaxInterruptedSubjectWords || !t[lStart].IsWord || WordLists.Prepositions.Contains(t[lStart].Text)) return false;
            for (int i = lStart; i < lEnd; i++)
            {
                if (t[i].IsWord && FiniteAuxiliaries.Contains(t[i].Text)) return false; // "The plan was fine, ...": a clause of its own
            }

            int limit = System.Math.Min(end - 2, start + MaxInterruptingSpeakerTokens);
            // The right part may begin at the comma after the speaker or just past it.
            for (int i = start > a.CueEnd ? start - 1 : start; i < limit; i++)
            {
                if (t[i].Kind == TokenKind.Quote || t[i].IsPunct('.') || t[i].IsPunct(';') || t[i].IsPunct(':')) return false;
                if (t[i].IsPunct(',') && t[i + 1].IsWord && char.IsLower(t[i + 1].Text[0]) && FiniteAuxiliaries.Contains(t[i + 1].Text))
                {
                    return CountWords(t, i + 1, end) >= 2;
                }
            }

            return false;
        }
    }
}
