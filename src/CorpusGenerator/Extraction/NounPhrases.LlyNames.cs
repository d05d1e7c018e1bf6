using System;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Kelly Holmes will start 2005 with a series of races": an opening word ending in "-ly" is
    /// taken for an adverb ("Finally Demi") unless a verb follows, so "Kelly" was dropped and the
    /// subject was a lone "Holmes" nothing knew; "she said" then had no speaker. Short words in
    /// "-lly" before a capitalised word are first names (Kelly, Billy, Sally, Holly, Molly, Ally):
    /// the only adverb among them is "Fully".
    /// </summary>
    internal static partial class NounPhrases
    {
        /// <summary>Whether <paramref name="w"/> ("Kelly") is a first name before the capitalised <paramref name="next"/> ("Holmes").</summary>
        private static bool IsShortLlyName(string w, Token next) =>
            w.Length <= 5 && w.EndsWith("lly", StringComparison.Ordinal) && !w.Equals("Fully", StringComparison.Ordinal) &&
            next.IsWord && next.IsCapitalized && !next.IsPossessive;
    }
}
