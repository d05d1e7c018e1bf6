using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "China's Baoshan Iron and Steel Co. said", "added Ernst and Young's Sanjay Mehta", "the
    /// Securities and Exchange Commission, which said": "and" inside one body's name. The walks
    /// from a cue stopped at every "and", so the speakers were "Baoshan Iron", "Ernst" (and not the
    /// analyst after the firm) and "Exchange Commission". Prose also joins two bodies with "and"
    /// ("Hitachi and Matsushita Electric", "Ford and General Motors"), so only a closed list of
    /// words that such names put right after their "and" joins: a trade ("Steel", "Gas",
    /// "Chemicals"), a partnership's ending ("Co", "Company", "Partners", "Sons", "Young") or a
    /// word a regulator's or bank's name pairs ("Securities and Exchange", "Industrial and
    /// Commercial"). A ministry's pair ("Trade and Industry", "Education and Skills") is left out:
    /// it mostly comes before a title ("Kamal Nath, Commerce and Industry Minister, announced"),
    /// which then read as a name (BBC: 2 quotes lost their speaker in a first version).
    /// </summary>
    internal static partial class NounPhrases
    {
        /// <summary>Words that open the second half of one body's name after its "and".</summary>
        private static readonly WordSet InnerAndPartners = new WordSet(
            "steel", "gas", "electric", "power", "light", "chemical", "chemicals", "technology", "co", "company", "partners", "sons",
            "young", "gamble", "exchange", "commercial");

        /// <summary>
        /// Whether token <paramref name="i"/> is an "and" inside one name: lower case, after a
        /// capitalised name word that is no possessive, and before a capitalised word of the
        /// closed list (its possessive too: "Ernst and Young's"). Constant work.
        /// </summary>
        public static bool IsInnerAnd(List<Token> t, int i)
        {
            if (i < 1 || i + 1 >= t.Count || !t[i].IsWord || t[i].Text != "and") return false;
            Token before = t[i - 1], after = t[i + 1];
            if (!before.IsWord || !before.IsCapitalized || before.IsPossessive || !IsNameish(before)) return false;
            if (!after.IsWord || !after.IsCapitalized) return false;
            return InnerAndPartners.Contains(after.Bare) || IsPortfolioAnd(t, i);
        }

        /// <summary>Capitalised words at most between a portfolio's "and" and the office title after it.</summary>
        private const int PortfolioAndWords = 3;

        /// <summary>
        /// "said Economic and Fiscal Policy Minister Heizo Takenaka", "Children, Young People and
        /// Families Minister Margaret Hodge said": the "and" of a ministry's pair when the
        /// capitalised run after it reaches an office title (minister, secretary, ...) that a
        /// capitalised name follows, so the whole pair is the title's and the name is the
        /// person's. The walks stopped at the "and" and made "Economic" and "Families Margaret
        /// Hodge" the typed speakers. With no name after the title ("Kamal Nath, Commerce and
        /// Industry Minister, announced", "the Trade and Industry Secretary has said") the "and"
        /// stays outside, as InnerAnd left ministries' pairs. Bounded look ahead.
        /// </summary>
        private static bool IsPortfolioAnd(List<Token> t, int i)
        {
            int k = i + 1;
            while (k < t.Count && k - i <= PortfolioAndWords && t[k].IsWord && t[k].IsCapitalized && !t[k].IsPossessive && !RoleLexicon.IsTitle(t[k].Text)) k++;
            if (k == i + 1 || k + 1 >= t.Count || !t[k].IsWord || !t[k].IsCapitalized || t[k].IsPossessive || !PortfolioOffices.Contains(t[k].Text)) return false;
            Token name = t[k + 1];
            return name.IsWord && name.IsCapitalized && IsNameish(name) && !RoleLexicon.IsTitle(name.Text) && !RoleLexicon.IsHonorific(name.Text);
        }
    }
}
