using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "CNN, like The Associated Press, which was the first organization to do so, declared",
    /// "Several candidates, including Trump, who has led the polls, have said": a relative clause
    /// set off by commas speaks of the name before it, but that name may sit inside a phrase of
    /// its own ("like The Associated Press", "including Trump") that is no subject. The walk back
    /// from the cue then goes on past that phrase, as it does for a preposition's object before
    /// an appositive ("facing a challenge in Iowa, a swing state,").
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Words that govern a name the way a preposition does, in a phrase set off by commas.</summary>
        private static readonly WordSet ComparingWords = new WordSet("like", "unlike", "including", "besides", "alongside");

        /// <summary>
        /// Whether <paramref name="name"/>, right before a comma that opens a relative clause, is
        /// governed by a lower-case preposition or a word like "like" or "including".
        /// </summary>
        private static bool GovernedBeforeRelative(List<Token> t, Sentence s, Mention name)
        {
            int p = WithDeterminer(t, s, name.First) - 1;
            if (p < s.First || !t[p].IsWord || t[p].IsCapitalized) return false;
            return WordLists.Prepositions.Contains(t[p].Text) || ComparingWords.Contains(t[p].Text);
        }
    }
}
