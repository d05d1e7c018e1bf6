using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"the four states that vote", "two claims": a cue word in -s counted by a number is a plural noun.</summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Number words above one: a word in -s after them is a plural noun, never a verb agreeing with them.</summary>
        private static readonly WordSet CountWordsAboveOne = new WordSet(
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen", "dozens", "hundreds", "thousands");

        /// <summary>
        /// "in the two states that lead off", "The first four states that vote": a number above one
        /// counts the word in -s after it, so that word is a plural noun; a verb after a plural
        /// subject takes no -s ("two say"), and "two said" keeps its past form.
        /// </summary>
        private static bool CountedPlural(List<Token> t, int k, Sentence s)
        {
            if (k - 1 < s.First || !t[k].Text.EndsWith("s", System.StringComparison.Ordinal) || t[k].Text.EndsWith("ss", System.StringComparison.Ordinal)) return false;
            Token before = t[k - 1];
            return before.IsWord ? CountWordsAboveOne.Contains(before.Text) : before.Kind == TokenKind.Number && before.Text != "1";
        }
    }
}
