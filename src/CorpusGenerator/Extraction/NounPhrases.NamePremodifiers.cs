using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"DJ Norman Cook", "MEP Robert Kilroy-Silk", "Fly-half Charlie Hodgson": a word before a name that no one is called.</summary>
    internal static partial class NounPhrases
    {
        /// <summary>
        /// Whether token <paramref name="i"/>, first of a capitalised run of at least three words,
        /// describes the person named by the rest: an acronym ("DJ", "MEP", "GMB") or a hyphenated
        /// common noun ("Fly-half", "Film-maker", "Oscar-winner") is no given name, so it is a role
        /// like a title. The rest must be two or more name words that name no organisation, with no
        /// article before the run.
        /// </summary>
        private static bool IsNamePremodifier(List<Token> t, int i, int end)
        {
            if (end - i < 3 || !t[i].IsWord || t[i].IsPossessive) return false;
            if (i > 0 && t[i - 1].Is("the")) return false; // "the US Federal Reserve": an organisation, which takes the article
            for (int j = i + 1; j < end; j++)
            {
                if (!t[j].IsWord || !IsNameish(t[j]) || RoleLexicon.IsOrganisationWord(t[j].Text)) return false;
            }

            return IsAcronymWord(t[i].Text) || IsHyphenatedCommonNoun(t[i].Text) || IsOpeningAgentNoun(t, i);
        }

        internal static bool IsAcronymWord(string w)
        {
            if (w.Length < 2 || w.Length > 4) return false;
            foreach (char c in w)
            {
                if (c < 'A' || c > 'Z') return false;
            }

            return true;
        }

        /// <summary>
        /// "Fly-half", "Film-maker", "Man-of-the-match", "Fifteen-year-old": a capital, then lower
        /// case only (and further hyphens) after the first hyphen. "Kilroy-Silk" and "Jean-Paul" are
        /// names. Compounds of several hyphens were left glued to the name they describe
        /// ("Man-of-the-match Stephen Jones").
        /// </summary>
        private static bool IsHyphenatedCommonNoun(string w)
        {
            int hyphen = w.IndexOf('-');
            if (hyphen <= 0 || hyphen + 1 >= w.Length || !char.IsUpper(w[0]) || w[w.Length - 1] == '-') return false;
            for (int k = hyphen + 1; k < w.Length; k++)
            {
                if (!char.IsLower(w[k]) && !(w[k] == '-' && w[k - 1] != '-')) return false;
            }

            return true;
        }
    }
}
