using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>The speaker's role before the name set off by commas ("The chief executive, John Smith, said ...").</summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>The most words a role before the name may have: "The firm's new chief executive".</summary>
        private const int MaxRoleBeforeNameWords = 6;

        /// <summary>
        /// "The company's chief executive, John Smith, said it was early.", "Sales rose, the
        /// chief executive, John Smith, said.": the noun phrase just before the comma is the name's
        /// own role, an appositive the name stands in, not a report the name makes ("C, John Smith
        /// said"). It is headed by a title or source noun, has no verb, and either opens the
        /// sentence's left part or follows a comma and opens with a determiner or possessive; a
        /// comma closes the name right before the cue. Returns the end of what may still be
        /// reported before it (<paramref name="lStart"/> when nothing is), or -1. Without this, a
        /// short report after the cue ("it rose") lost to the role before it.
        /// </summary>
        private static int RoleBeforeCommaName(List<Token> t, Attribution a, int lStart, int lEnd)
        {
            if (a.SpeakerAfterCue || a.Speaker is not Mention named || named.Kind != MentionKind.Name) return -1;
            if (named.End + 1 != a.Cue || !t[named.End].IsPunct(',') || named.First == 0 || !t[named.First - 1].IsPunct(',') || lEnd != named.First - 1) return -1;
            if (lEnd <= lStart || !t[lEnd - 1].IsWord || !(RoleLexicon.IsTitle(t[lEnd - 1].Text) || RoleLexicon.IsSourceNoun(t[lEnd - 1].Text))) return -1;

            int first = lEnd - 1;
            while (first > lStart && lEnd - first < MaxRoleBeforeNameWords && t[first - 1].IsWord) first--;
            for (int i = first; i < lEnd; i++)
            {
                if (FiniteAuxiliaries.Contains(t[i].Text) || CueLexicon.IsCue(t[i].Text)) return -1;
            }

            if (first == lStart) return lStart;
            // "Sales rose, the chief executive, John Smith, said": the role after the report's comma.
            bool opensPhrase = WordLists.Determiners.Contains(t[first].Text) || t[first].IsPossessive;
            return t[first - 1].IsPunct(',') && opensPhrase ? first - 1 : -1;
        }
    }
}
