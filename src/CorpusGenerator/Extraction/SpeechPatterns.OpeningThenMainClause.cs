using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>A fronted content that opens with a subordinate clause or an adverbial, then has its main clause.</summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Words at least in the main clause after the opening's comma.</summary>
        private const int MainClauseWords = 4;

        /// <summary>
        /// "If you took out the self-employed, the income had risen by 20%, Mr Milburn said in an
        /// interview.", "Whether they know it or not, Clinton is very accessible to the media, Kaine
        /// insisted Thursday during a tour": an opening subordinate clause or adverbial is no content
        /// on its own ("If she becomes president, she said ..."), but one followed by a comma and a
        /// main clause of some length is a whole sentence said, and the adverbial after the cue only
        /// says where or to whom. Without this the fronted report was dropped, or the listener after
        /// "told" taken for it.
        /// </summary>
        private static bool MainClauseAfterOpening(List<Token> t, int first, int end)
        {
            int comma = first + 1;
            while (comma < end && !t[comma].IsPunct(',')) comma++;
            if (comma + 1 >= end || !t[comma + 1].IsWord || CountWords(t, comma + 1, end) < MainClauseWords) return false;
            string w = t[comma + 1].Text;
            return !WordLists.Prepositions.Contains(w) && !WordLists.AdverbialStarters.Contains(w) && !Subordinators.Contains(w) &&
                   !w.EndsWith("ing", System.StringComparison.OrdinalIgnoreCase) && !t[comma + 1].Is("and") && !t[comma + 1].Is("but");
        }
    }
}
