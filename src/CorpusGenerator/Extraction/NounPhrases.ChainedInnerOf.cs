using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"Association of Directors of Social Services": a second "of" in an organisation's name.</summary>
    internal static partial class NounPhrases
    {
        /// <summary>
        /// Whether the "of" or "for" at <paramref name="i"/> follows a capitalised run that an
        /// organisation's own inner "of" or "for" opens, so that it is inner too: "The Association of
        /// Directors | of Social Services (ADSS) said", "the National Association of Automobile
        /// Manufacturers | of South Africa said", "the Joint Council for the Welfare | of Immigrants
        /// says". Only the first preposition follows an organisation word, so the walks stopped at
        /// the second one and the speaker was "The Association of Directors" or "The Joint Council
        /// for the Welfare". A person's "of" is untouched: "said Mike Powell of Dresdner" has no
        /// organisation's preposition before it. The walk back is bounded by the name's length.
        /// </summary>
        private static bool FollowsInnerOf(List<Token> t, int i, int first)
        {
            int k = i - 1;
            while (k > first && i - k <= MaxNameTokens && IsNameish(t[k]) && !t[k].IsPossessive)
            {
                Token before = t[k - 1];
                int of = before.Is("the") && !before.IsCapitalized ? k - 2 : k - 1;
                if (of - 1 >= first && IsInnerPreposition(t, of) && !t[of].IsCapitalized && t[of - 1].IsCapitalized && !t[of - 1].IsPossessive && RoleLexicon.IsOrganisationWord(t[of - 1].Text)) return true;
                k--;
            }

            return false;
        }
    }
}
