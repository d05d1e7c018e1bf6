using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>Cue words standing as nouns in the phrase between a cue and its "that".</summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>
        /// "said in her opening remarks that C", "told The Huffington Post on Monday that C": a cue
        /// word after a determiner or a possessive ("his remarks", "a note"), or capitalised inside
        /// a name ("The Post"), is a noun naming where or to whom it was said, not a new verb of
        /// saying, so the search for the "that" that opens the content goes on past it. Without
        /// this the content started at "in her opening remarks" or "The Huffington Post".
        /// <paramref name="first"/> is where the phrase after the cue starts; <paramref name="j"/> the cue word.
        /// </summary>
        private static bool IsCueNoun(List<Token> t, int first, int j)
        {
            if (j <= first) return false;
            Token before = t[j - 1];
            if (t[j].IsCapitalized && before.IsWord && before.IsCapitalized) return true;
            if (NounDeterminers.Contains(before.Text) || before.IsPossessive) return true;

            // "her opening remarks", "a brief note": one modifier between the determiner and the noun.
            return j - 1 > first && IsModifierWord(before) && (NounDeterminers.Contains(t[j - 2].Text) || t[j - 2].IsPossessive);
        }

        private static readonly WordSet NounDeterminers = new WordSet("the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this");
    }
}
