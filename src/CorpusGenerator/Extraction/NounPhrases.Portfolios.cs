using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "the home secretary", "the foreign secretary", "the first minister", "the finance minister",
    /// "the shadow chancellor": a lower-case portfolio word before an office title is part of the
    /// description. The walk back from the head stopped at it ("home" is no role modifier by its
    /// ending), so the description was the bare "secretary" and no role held it: "Home Secretary
    /// Charles Clarke said ... But the home secretary said ..." lost its speaker.
    /// </summary>
    internal static partial class NounPhrases
    {
        /// <summary>Words naming the brief an office covers; only before a title do they belong to a description.</summary>
        private static readonly WordSet Portfolios = new WordSet(
            "home", "foreign", "first", "finance", "health", "education", "defence", "defense", "trade", "transport", "culture",
            "environment", "justice", "interior", "energy", "treasury", "shadow", "sports", "sport", "economy", "economics",
            "industry", "agriculture", "immigration", "housing", "employment", "communities", "constitutional",
            "fisheries", "tourism");

        /// <summary>The offices a portfolio word is part of: "the former finance officer" is no finance minister and keeps "officer" alone.</summary>
        private static readonly WordSet PortfolioOffices = new WordSet("minister", "secretary", "chancellor", "spokesman", "spokeswoman", "spokesperson", "commissioner");

        public static bool IsPortfolio(string word) => Portfolios.Contains(word);

        /// <summary>Whether the lower-case word at <paramref name="i"/> is a portfolio before the office at <paramref name="i"/> + 1.</summary>
        private static bool PortfolioBeforeTitle(List<Token> t, int i) =>
            i + 1 < t.Count && t[i].IsWord && !t[i].IsCapitalized && Portfolios.Contains(t[i].Text) && t[i + 1].IsWord && PortfolioOffices.Contains(t[i + 1].Text);
    }
}
