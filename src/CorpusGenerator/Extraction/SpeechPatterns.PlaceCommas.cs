using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "told a town hall in Salem, New Hampshire on Monday that ...", "said Sunday in Madison,
    /// Wisconsin, that ...": a comma between a place and its state or country, or the one that closes
    /// them before the "that", stays inside the listener and the where and when the search for the
    /// "that" walks past.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Whether the comma at <paramref name="j"/> sits between two capitalised words or closes one before "that".</summary>
        private static bool CommaInsidePlace(List<Token> t, int j, int limit) =>
            j > 0 && j + 1 < limit && t[j - 1].IsWord && t[j - 1].IsCapitalized &&
            (t[j + 1].IsWord && t[j + 1].IsCapitalized && !NounPhrases.IsPronoun(t[j + 1]) || t[j + 1].Is("that"));
    }
}
