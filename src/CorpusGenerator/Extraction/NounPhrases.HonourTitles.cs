using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"Manchester United manager Sir Alex Ferguson": "Sir" goes with the name, not with the role before it.</summary>
    internal static partial class NounPhrases
    {
        /// <summary>Titles of honour written right before a name: part of how the person is called, not of what they do.</summary>
        private static readonly WordSet HonourTitles = new WordSet("sir", "lord", "lady", "dame", "baroness");

        /// <summary>
        /// Whether token <paramref name="i"/>, the last word of a role ending right before a name,
        /// is a title of honour with role words before it (from <paramref name="roleFirst"/>):
        /// "Manchester United manager Sir Alex Ferguson", "BP chief executive Lord Browne". The
        /// role kept it ("Manchester United manager Sir", "Metropolitan Police Commissioner Sir"),
        /// which no one's role is. Alone ("Lord Strathclyde") it stays the role, as before; the
        /// gender it gives is read from the text before the name either way.
        /// </summary>
        private static bool IsTrailingHonourTitle(List<Token> t, int i, int roleFirst) =>
            i > roleFirst && t[i].IsWord && t[i].IsCapitalized && HonourTitles.Contains(t[i].Text);
    }
}
