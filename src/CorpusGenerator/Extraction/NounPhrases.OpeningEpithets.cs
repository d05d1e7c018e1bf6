using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Defiant Matt Williams says he will not quit as Scotland coach", "Olympian Tomlinson tried
    /// to play catch up", "Matchwinner Keane was another full of praise": sports and news copy
    /// opens a sentence with a word describing the person, capitalised only because it comes
    /// first. Glued into the name it made the typed speakers "Defiant Matt Williams", "Olympian
    /// Tomlinson" and "Matchwinner Keane" (BBC), which a later "Williams" or "Keane" joined.
    /// </summary>
    internal static partial class NounPhrases
    {
        /// <summary>
        /// Words that describe a person before the name and are no one's first name (a short
        /// closed list, from BBC and PolNeAR openings): moods and manners of play ("Defiant",
        /// "Fuming", "Classy"), and what a player or a figure is known as ("Olympian",
        /// "Matchwinner", "Billionaire"). Nouns in -er, -or, -ist before a full name were roles
        /// already (<see cref="IsOpeningAgentNoun"/>), but not before a lone surname, where a
        /// first name may end the same way ("Walter").
        /// </summary>
        private static readonly WordSet OpeningEpithets = new WordSet(
            "defiant", "fuming", "angry", "furious", "frustrated", "disappointed", "delighted", "relieved", "classy", "dogged",
            "battling", "injured", "unseeded", "veteran", "teenager", "youngster", "newcomer", "debutant", "olympian", "matchwinner",
            "billionaire", "hacker");

        /// <summary>
        /// Whether token <paramref name="i"/>, first of a capitalised run ending at
        /// <paramref name="end"/>, is such a word opening its sentence before one or more name
        /// words. Constant work but for the run, which is at most a name's length.
        /// </summary>
        private static bool IsOpeningEpithet(List<Token> t, int i, int end)
        {
            if (end - i < 2 || !t[i].IsWord || !t[i].IsCapitalized || t[i].IsPossessive || !OpeningEpithets.Contains(t[i].Text) || !OpensSentence(t, i)) return false;
            for (int j = i + 1; j < end; j++)
            {
                if (!t[j].IsWord || !IsNameish(t[j])) return false;
            }

            return true;
        }
    }
}
