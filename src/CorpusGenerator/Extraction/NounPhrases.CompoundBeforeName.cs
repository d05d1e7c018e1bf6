using System;
using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"according to state statistics body INSEE": a source noun that only modifies the nouns after it, and the name after them speaks.</summary>
    internal static partial class NounPhrases
    {
        /// <summary>Lower-case words at most between the source noun and the name.</summary>
        private const int CompoundReach = 3;

        /// <summary>
        /// The name right after the lower-case nouns that follow the source noun at
        /// <paramref name="noun"/> ("state" in "according to state statistics body INSEE"), or null.
        /// The source noun opens a compound whose last noun is the kind of the body named next,
        /// as "research firm Gartner" is; read alone it gave the typed speaker "state" (BBC). Only
        /// words that can modify a noun are crossed: no stop word, preposition ("officials outside
        /// Downing Street"), participle ("experts including John Smith") or verb in -ed. Reads at
        /// most three words on.
        /// </summary>
        private static Mention? NameAfterCompound(string text, List<Token> t, int noun, int sentenceEnd)
        {
            int last = noun;
            while (last + 1 < sentenceEnd && last - noun < CompoundReach && IsCompoundNoun(t[last + 1])) last++;
            return last > noun ? NameAfterRole(text, t, last, sentenceEnd) : null;
        }

        private static bool IsCompoundNoun(Token w) =>
            IsEpithetModifier(w) && !WordLists.Prepositions.Contains(w.Text) && !w.Text.EndsWith("ing", StringComparison.Ordinal);
    }
}
