using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"An All England club spokesperson": a capitalised determiner inside a body's name before a source noun.</summary>
    internal static partial class NounPhrases
    {
        /// <summary>
        /// Whether token <paramref name="i"/> is a capitalised determiner ("All", "Both", "Many")
        /// between "a", "an" or "the" and a name word: "An All England club spokesperson denied".
        /// Two determiners do not open one noun phrase ("an all"), and a determiner mid-sentence is
        /// written in lower case, so with an article before it and a capitalised word after it,
        /// the word opens a name. As a determiner it ended the phrase walks, and "All England club
        /// spokesperson" was read as a share of a group, with no speaker, where "A Bayern
        /// spokesman" was found.
        /// </summary>
        private static bool IsDeterminerInName(List<Token> t, int i, int sentenceFirst) =>
            i - 1 >= sentenceFirst && i + 1 < t.Count && t[i].IsWord && t[i].IsCapitalized && !t[i].IsPossessive &&
            WordLists.Determiners.Contains(t[i].Text) && (t[i - 1].Is("a") || t[i - 1].Is("an") || t[i - 1].Is("the")) &&
            IsNameish(t[i + 1]) && !t[i + 1].IsPossessive;
    }
}
