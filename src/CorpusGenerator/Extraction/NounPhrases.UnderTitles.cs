using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"Treasury Under Secretary John Taylor": "Under" opening a title is no preposition.</summary>
    internal static partial class NounPhrases
    {
        /// <summary>
        /// Whether token <paramref name="i"/> is the "Under" of a title ("Under Secretary",
        /// "Under-Secretary" is one word): capitalised, with a title word in capitals right after
        /// it. As a stop word it ended the name's walk, so "said Treasury Under Secretary John
        /// Taylor" was spoken by "Treasury", and "Under Secretary" was typed as a speaker of its own.
        /// </summary>
        internal static bool IsUnderOfTitle(List<Token> t, int i, int end) =>
            i + 1 < end && t[i].IsWord && t[i].Text == "Under" && t[i + 1].IsWord && t[i + 1].IsCapitalized && RoleLexicon.IsTitle(t[i + 1].Text);
    }
}
