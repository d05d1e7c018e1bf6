using System;
using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "O'Sullivan repeated the feat to set up the tense finale", "the two actors repeated their
    /// success at the Golden Globes": "repeat" with an achievement as its object is to do it
    /// again, and nothing is said. Repeating words ("repeated the claim", "repeated his call for
    /// calm", "repeated that ...") stays.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>What is done again, not said again: a feat, a win, a performance.</summary>
        private static readonly WordSet Feats = new WordSet(
            "feat", "feats", "success", "successes", "trick", "win", "wins", "victory", "victories", "triumph", "triumphs",
            "achievement", "performance", "performances", "heroics", "exploits", "double", "treble", "result", "results");

        /// <summary>Words at most before the feat in its noun phrase: "their remarkable success".</summary>
        private const int FeatObjectWords = 4;

        /// <summary>Whether the "repeat" at the cue takes an achievement as its object, with no clause.</summary>
        private static bool RepeatedAFeat(List<Token> t, Attribution a)
        {
            if (a.ContentFirst != a.CueEnd || !t[a.Cue].Text.StartsWith("repeat", StringComparison.OrdinalIgnoreCase)) return false;
            for (int i = a.ContentFirst; i < a.ContentEnd && i - a.ContentFirst < FeatObjectWords; i++)
            {
                if (!t[i].IsWord || t[i].Is("that")) return false;
                if (Feats.Contains(t[i].Text)) return i > a.ContentFirst && WordLists.Determiners.Contains(t[a.ContentFirst].Text) && NounPhraseOnly(t, a.ContentFirst + 1, i + 1);
            }

            return false;
        }
    }
}
