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
            i > 0 && i + 1 < t.Count && t[i].IsPunct('&') && t[i - 1].IsWord && t[i - 1].IsCapitalized && !t[i - 1].IsPossessive && (IsNameish(t[i - 1]) || IsCapitalsAgainst(t[i - 1], t[i])) &&
            t[i + 1].IsWord && t[i + 1].IsCapitalized && (!t[i + 1].IsPossessive || IsFirmPossessiveEnd(t, i + 1)) && IsNameish(t[i + 1]); // "according to Standard & Poor's, which" (FirmPossessives)

        /// <summary>Whether the capitals at <paramref name="i"/> open a name joined by a tight ampersand: "AT" of "AT&amp;T".</summary>
        private static bool OpensAmpersandName(List<Token> t, int i) =>
            i + 2 < t.Count && t[i + 1].IsPunct('&') && IsCapitalsAgainst(t[i], t[i + 1]) && IsAmpersandJoin(t, i + 1);

        /// <summary>
        /// Whether <paramref name="word"/> is written in capitals right against the ampersand
        /// <paramref name="amp"/>: "AT&amp;T". "AT" is the stop word "at" to the name test, so the
        /// join was refused and "AT&amp;T said" typed the speaker `T` (BBC business/278, four
        /// mentions). Capitals set tight against "&amp;" are letters of a firm's name, never the
        /// preposition.
        /// </summary>
        private static bool IsCapitalsAgainst(Token word, Token amp)
        {
            if (word.End != amp.Start || word.Text.Length < 2) return false;
            foreach (char c in word.Text)
            {
                if (!char.IsUpper(c)) return false;
            }

            return true;
        }
    }
}
