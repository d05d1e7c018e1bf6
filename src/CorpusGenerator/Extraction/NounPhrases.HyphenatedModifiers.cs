using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"Man-of-the-match Duff", "Paris-based Euronext": a hyphenated modifier is no word of the name after it.</summary>
    internal static partial class NounPhrases
    {
        /// <summary>
        /// Whether token <paramref name="i"/>, first of the capitalised run ending at
        /// <paramref name="end"/>, is a hyphenated common word ("Man-of-the-match", "Oscar-nominated",
        /// "Paris-based", "Seventeen-year-old") before a single name word. No one is called so, but
        /// the run was taken whole for a name: speakers "Man-of-the-match Duff", "Coffee-loving
        /// Curry", "Oscar-nominated Owen", "Paris-based Euronext". Before a full name (three words or more) the
        /// word is a role and <see cref="IsNamePremodifier"/> keeps it as one; before a single
        /// word it is only dropped, not taken for a title, since the word after it may as well be
        /// a firm or a team ("Houston-based Continental", "In-form Leicester") as a person. Alone
        /// ("Low-cost airlines", "Anti-abortion campaigners") it is left as it was: dropping it
        /// left those sentences with no subject, and their quotes were lost.
        /// </summary>
        private static bool IsHyphenatedModifier(List<Token> t, int i, int end) =>
            end - i == 2 && t[i].IsWord && !t[i].IsPossessive && IsHyphenatedCommonNoun(t[i].Text) && t[i + 1].IsWord && IsNameish(t[i + 1]) && !BeforePluralNoun(t, end);

        /// <summary>
        /// "Cash-strapped US companies": a lower-case plural that is no verb after the run is the
        /// noun the whole run modifies, so the name word is a modifier too and the run is left whole.
        /// </summary>
        private static bool BeforePluralNoun(List<Token> t, int end)
        {
            if (end >= t.Count || !t[end].IsWord || t[end].IsCapitalized) return false;
            string w = t[end].Text;
            return w.Length > 3 && w.EndsWith("s", System.StringComparison.Ordinal) && !w.EndsWith("ss", System.StringComparison.Ordinal) &&
                   !CueLexicon.IsCue(w) && !WordLists.StopWords.Contains(w) && !WordLists.VerbModifiers.Contains(w);
        }
    }
}
