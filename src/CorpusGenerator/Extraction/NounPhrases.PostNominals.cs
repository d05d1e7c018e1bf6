using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"Frank Field MP said": a title written after the name.</summary>
    internal static partial class NounPhrases
    {
        /// <summary>Titles British and Canadian copy writes after a name: members of a parliament or assembly, Queen's or King's Counsel.</summary>
        private static readonly WordSet PostNominals = new WordSet("mp", "mep", "msp", "mla", "mpp", "mna", "qc", "kc");

        /// <summary>
        /// Whether the run <paramref name="first"/>..<paramref name="end"/> ends in a post-nominal
        /// title written in capitals after two or more name words ("Frank Field MP", "Paul Boateng
        /// MP"): the title is the role, not part of the name, which otherwise became
        /// Speakers.FrankFieldMP, a person apart from the Frank Field named elsewhere. After an
        /// article the run is a description and is left alone.
        /// </summary>
        private static bool EndsInPostNominal(List<Token> t, int first, int end)
        {
            if (end - first < 3) return false;

            // "the Glasgow Kelvin MP", "a UK Independence Party MEP": with an article the words
            // before the title are a seat or a party, and the whole is a description.
            if (first > 0 && t[first - 1].IsWord && WordLists.Determiners.Contains(t[first - 1].Text)) return false;
            Token last = t[end - 1];
            if (!last.IsWord || last.IsPossessive || last.Text.Length < 2 || !PostNominals.Contains(last.Text)) return false;
            foreach (char c in last.Text)
            {
                if (c < 'A' || c > 'Z') return false;
            }

            return IsNameish(t[end - 2]) && IsNameish(t[end - 3]) && !RoleLexicon.IsTitle(t[end - 2].Text);
        }

        /// <summary>
        /// Whether <paramref name="token"/> is one of the parliament letters written in capitals
        /// before a name ("East Midlands MEP Robert Kilroy-Silk", "Green MEP Alain Lipietz"): as
        /// after a name, it is the role. The lexicon's titles hold "MP" but not "MEP" or "MSP", so
        /// the role was glued into the name (Speakers.EastMidlandsMEPRobertKilroySilk).
        /// </summary>
        private static bool IsCapitalLettersTitle(Token token)
        {
            if (!token.IsWord || token.IsPossessive || token.Text.Length < 2 || !PostNominals.Contains(token.Text)) return false;
            foreach (char c in token.Text)
            {
                if (c < 'A' || c > 'Z') return false;
            }

            return true;
        }
    }
}
