using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "“Q,” said ABN Amro's Eddie Wong.", "C, said Sun's chief operating officer Jonathan
    /// Schwartz.": a speaker after the cue, written after the name of the firm, band or paper they
    /// belong to. A one-word owner right after a quote was already passed over; an owner of two
    /// words or more ("ABN Amro's", "Iron Maiden's", "Deutsche Bank's") stopped the search at its
    /// last word, and after reported words no owner was passed over at all, so the quote was lost.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Capitalised words opening at <paramref name="first"/> before <paramref name="i"/>, the owner's last word in "'s": "Amro's" in "ABN Amro's".</summary>
        private static bool IsPossessorEnd(List<Token> t, int i, int first)
        {
            if (!t[i].IsPossessive && !NounPhrases.IsPluralPossessor(t, i)) return false; // "Ladbrokes' Warren Lush"
            for (int j = first; j < i; j++)
            {
                if (!t[j].IsWord || !(t[j].IsCapitalized || NounPhrases.IsInnerAnd(t, j))) return false; // "Ernst and Young's" (InnerAnd)
            }

            return true;
        }

        /// <summary>Whether the tokens at <paramref name="first"/> are an owner's name ending in "'s" (at most four words) with a capitalised word after it.</summary>
        private static bool OpensWithPossessor(List<Token> t, int first, int end)
        {
            for (int i = first; i < end && i - first < 4; i++)
            {
                if (!t[i].IsWord || !(t[i].IsCapitalized || NounPhrases.IsInnerAnd(t, i))) return false;
                if (t[i].IsPossessive) return i + 1 < end && t[i + 1].IsWord;
                if (NounPhrases.IsPluralPossessor(t, i)) return i + 2 < end; // "said Ladbrokes' Warren Lush"
            }

            return false;
        }
    }
}
