using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Bookmaker Ladbrokes said it would continue to accept bets", "Distributor Sony Pictures
    /// said production will begin", "Miner Highland Gold said it regretted ...": British copy
    /// opens a sentence with the kind of business, capitalised only because it comes first, and
    /// then the business's name. Glued into the name, the kind made the typed speakers
    /// "Bookmaker Ladbrokes", "Distributor Sony Pictures", "Miner Highland Gold" (5 BBC
    /// articles). An agent noun before a person's full name was already a role
    /// (<see cref="IsOpeningAgentNoun"/>, "Producer Kevin Wallace"), but only before two name words
    /// that name no organisation, since a given name may end the same way ("Christopher Walken").
    /// </summary>
    internal static partial class NounPhrases
    {
        /// <summary>
        /// Kinds of business written before the name: no one's given name, and no first word of a
        /// name ("Network Rail", "Studio Canal", "Club Med", "Airline Pilots Association" are left out).
        /// </summary>
        private static readonly WordSet OpeningKindNouns = new WordSet(
            "bookmaker", "bookmakers", "distributor", "distributors", "retailer", "publisher", "carmaker", "automaker", "insurer",
            "lender", "miner", "brewer", "chipmaker", "drugmaker", "consultancy", "supermarket", "conglomerate", "manufacturer");

        /// <summary>
        /// Whether token <paramref name="i"/>, first of a capitalised run ending at
        /// <paramref name="end"/>, is a kind of business that opens its sentence before one or
        /// more name words. Constant work but for the run, which is at most a name's length.
        /// </summary>
        private static bool IsOpeningKindNoun(List<Token> t, int i, int end)
        {
            if (end - i < 2 || !t[i].IsWord || !t[i].IsCapitalized || t[i].IsPossessive || !OpeningKindNouns.Contains(t[i].Text) || !OpensSentence(t, i)) return false;
            for (int j = i + 1; j < end; j++)
            {
                if (!t[j].IsWord || !IsNameish(t[j])) return false;
            }

            return true;
        }
    }
}
