using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"B&amp;B", "M&amp;S", "AT&amp;T", "Marsh &amp; McLennan", "Ernst &amp; Young": names joined by an ampersand.</summary>
    internal static partial class NounPhrases
    {
        /// <summary>
        /// Whether token <paramref name="i"/> is an ampersand inside one name: a capitalised name
        /// word on each side ("B&amp;B", "Marsh &amp; McLennan"). Prose joins two people or two firms
        /// with "and"; an ampersand between name words belongs to a firm's name, so the walks
        /// from a cue take it and its other half. Without it the tokenizer's split left speakers
        /// "B" (from "B&amp;B"), "T" (from "AT&amp;T") and "McLennan" (from "Marsh &amp; McLennan").
        /// A possessive on the right ("Standard &amp; Poor's chief economist") is left as it was,
        /// unless nothing follows for it to possess (FirmPossessives).
        /// </summary>
        public static bool IsAmpersandJoin(List<Token> t, int i) =>
            i > 0 && i + 1 < t.Count && t[i].IsPunct('&') && t[i - 1].IsWord && t[i - 1].IsCapitalized && !t[i - 1].IsPossessive && IsNameish(t[i - 1]) &&
            t[i + 1].IsWord && t[i + 1].IsCapitalized && (!t[i + 1].IsPossessive || IsFirmPossessiveEnd(t, i + 1)) && IsNameish(t[i + 1]); // "according to Standard & Poor's, which" (FirmPossessives)
    }
}
