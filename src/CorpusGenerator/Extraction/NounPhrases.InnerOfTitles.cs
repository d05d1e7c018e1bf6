using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "In a statement the US Department of Justice said", "the Ministry of Justice said": a
    /// title word ("Justice") after an organisation's inner "of" is the end of the body's name,
    /// not a person's title. Read as one, the whole run was "all title", the phrase became a
    /// description, and the typed speaker was `the US Department` (BBC, twice, with "The
    /// Department of Justice said" a mention of it).
    /// </summary>
    internal static partial class NounPhrases
    {
        /// <summary>
        /// Whether the title word at <paramref name="i"/> follows "of" (or "of the") after a
        /// capitalised organisation word that is no title itself, inside the run from
        /// <paramref name="first"/>: "Department of Justice", "Court of Justice". "Secretary of
        /// State" and "Chancellor of the Exchequer" are titles (TitleOfPortfolio).
        /// </summary>
        private static bool IsTitleInsideBodyName(List<Token> t, int i, int first)
        {
            int of = i - 1;
            if (of > first && t[of].Is("the")) of--;
            if (of - 1 < first || !t[of].Is("of") || t[of].IsCapitalized) return false;
            Token body = t[of - 1];
            return body.IsWord && body.IsCapitalized && !body.IsPossessive && RoleLexicon.IsOrganisationWord(body.Text) && !RoleLexicon.IsTitle(body.Text);
        }
    }
}
