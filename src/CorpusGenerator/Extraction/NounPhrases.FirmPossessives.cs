using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "According to Standard &amp; Poor's, which has recently upgraded Mexico's sovereign debt
    /// rating, the rise ... helps": a firm whose name ends in "'s" after its ampersand. The
    /// walks left a possessive on the right of "&amp;" out (Ampersands), so the typed speaker was
    /// "Standard" and the words from "&amp; Poor's" on were taken for the reported content. A
    /// possessive possesses the noun after it ("Standard &amp; Poor's chief economist"), so only
    /// when no word follows it, or a cue verb does ("Standard &amp; Poor's said"), is the "'s" the
    /// end of the firm's name, kept in its text. Constant work.
    /// </summary>
    internal static partial class NounPhrases
    {
        /// <summary>Whether the possessive at <paramref name="i"/> closes a firm's name after an ampersand, with nothing for it to possess.</summary>
        private static bool IsFirmPossessiveEnd(List<Token> t, int i)
        {
            if (i < 2 || !t[i].IsWord || !t[i].IsPossessive || !t[i].IsCapitalized || !t[i - 1].IsPunct('&')) return false;
            Token before = t[i - 2];
            if (!before.IsWord || !before.IsCapitalized || before.IsPossessive || !IsNameish(before)) return false;
            if (i + 1 >= t.Count) return true;
            Token next = t[i + 1];
            return next.IsPunct(',') || next.IsPunct('.') || next.IsPunct(';') || (next.IsWord && !next.IsCapitalized && (next.Is("said") || next.Is("says")));
        }
    }
}
