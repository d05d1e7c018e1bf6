using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"Dutch firm Heineken", "according to Belgian authorities": a nationality before a common noun modifies it.</summary>
    internal static partial class NounPhrases
    {
        /// <summary>At most this many lower-case words between a nationality and the noun it modifies.</summary>
        private const int MaxNationalityModifiedWords = 4;

        /// <summary>
        /// Whether the capitalised word at <paramref name="i"/> is a nationality adjective with a
        /// lower-case word after it ("Finnish security firm", "Chinese state press reports"): an
        /// adjective, never the name of who speaks. Read as a one-word name it made speakers
        /// "Finnish", "Dutch", "Chinese" and "Belgian".
        /// </summary>
        private static bool IsNationalityModifier(List<Token> t, int i, int sentenceEnd) =>
            t[i].IsWord && t[i].IsCapitalized && !t[i].IsPossessive && RoleLexicon.IsNationality(t[i].Text.ToLowerInvariant()) &&
            i + 1 < sentenceEnd && t[i + 1].IsWord && !t[i + 1].IsCapitalized && !WordLists.StopWords.Contains(t[i + 1].Text) && !CueLexicon.IsCue(t[i + 1].Text);

        /// <summary>
        /// The speaker a nationality at <paramref name="first"/> introduces: the name after the role
        /// it modifies ("Dutch firm Heineken", "Finnish security firm F-Secure"), else the group
        /// that role names ("Belgian authorities"); null when the words name no role ("Chinese
        /// government figures").
        /// </summary>
        private static Mention? AfterNationality(string text, List<Token> t, int first, int sentenceEnd)
        {
            int i = first + 1;
            while (i < sentenceEnd && i - first <= MaxNationalityModifiedWords && t[i].IsWord && !t[i].IsCapitalized && !t[i].IsPossessive &&
                   !WordLists.StopWords.Contains(t[i].Text) && !CueLexicon.IsCue(t[i].Text))
            {
                i++;
            }

            int head = i - 1;
            if (head <= first || !IsRoleHead(t[head].Text)) return null;
            return NameAfterRole(text, t, head, sentenceEnd) ?? (RoleLexicon.IsSourceNoun(t[head].Text) ? Description(text, t, head, first) : null);
        }
    }
}
