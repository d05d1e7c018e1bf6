using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Pence blasted the claim that Obama “founded ISIS,” saying ...", "Rubio flipped his choice
    /// on the spot – saying ...": a participle clause set off from the main clause by a comma
    /// inside a closing quotation mark, or by a dash, is set off all the same, and the main
    /// clause's subject speaks it.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Whether a comma, a dash, or a quotation ending in a comma stands right before <paramref name="k"/>.</summary>
        private static bool AfterClausePause(List<Token> t, Sentence s, int k) =>
            k > s.First && (t[k - 1].IsPunct(',') || IsDash(t[k - 1]) || EndsWithComma(t, k));
    }
}
