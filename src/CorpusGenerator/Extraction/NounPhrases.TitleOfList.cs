using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Minister for Children, Young People and Families Margaret Hodge said": an office whose
    /// brief is a list of capitalised words joined by commas and one "and", then the holder's
    /// name. The walk back stopped at the "and" and the typed speaker was "Families Margaret
    /// Hodge". As in <see cref="IsTitleOf"/> (TitleOfPortfolio), the part after the "and" must
    /// be exactly three name words, one for the brief's last item and two for the holder, so
    /// "the Department for Education and Skills said" and "Secretary of State for Trade and
    /// Industry Patricia Hewitt" (two words after a three-word run) are left as they were.
    /// Bounded look back and ahead.
    /// </summary>
    internal static partial class NounPhrases
    {
        /// <summary>Tokens at most from the office's "for"/"of" to the brief's "and".</summary>
        private const int TitleOfListTokens = 9;

        /// <summary>
        /// Whether the "for" or "of" at <paramref name="i"/> follows a capitalised title and
        /// opens, perhaps after "the", a list of one-to-three-word capitalised items joined by
        /// commas and one closing "and", after which exactly three name words end at
        /// <paramref name="end"/>: the last item and the holder's two names. Constant work.
        /// </summary>
        private static bool IsTitleOfList(List<Token> t, int i, int end)
        {
            if (i < 1 || i >= end || !(t[i].Is("for") || t[i].Is("of")) || t[i].IsCapitalized || !t[i - 1].IsWord || !t[i - 1].IsCapitalized || !RoleLexicon.IsTitle(t[i - 1].Text)) return false;
            int k = i + 1;
            if (k < end && t[k].Is("the")) k++;
            while (k < end && k - i <= TitleOfListTokens)
            {
                int run = k;
                while (k < end && k - run < 3 && IsListItemWord(t[k])) k++;
                if (k == run || k >= end) return false;
                if (t[k].IsPunct(',')) { k++; continue; }
                if (!t[k].Is("and") || t[k].IsCapitalized) return false;
                int last = k + 1;
                return end - last == 3 && IsListItemWord(t[last]) && IsListItemWord(t[last + 1]) && IsListItemWord(t[last + 2]) &&
                       (end >= t.Count || !IsNameish(t[end])) && !RoleLexicon.IsTitle(t[last + 1].Text);
            }

            return false;
        }

        private static bool IsListItemWord(Token w) => w.IsWord && w.IsCapitalized && IsNameish(w) && !w.IsPossessive && !RoleLexicon.IsTitle(w.Text);

        /// <summary>
        /// The tokens the walk back crosses from <paramref name="first"/> (the last item after the
        /// "and") to the office title before "for"/"of" when <see cref="IsTitleOfList"/> holds for
        /// the phrase ending two words after <paramref name="first"/>; else 0.
        /// </summary>
        private static int TitleOfListBefore(List<Token> t, int first, int sentenceFirst)
        {
            if (first - 3 < sentenceFirst || first + 3 > t.Count || !t[first - 1].Is("and")) return 0;
            int lowest = first - 2 - TitleOfListTokens;
            for (int k = first - 2; k > sentenceFirst && k >= lowest; k--)
            {
                if (t[k].Is("for") || t[k].Is("of")) return IsTitleOfList(t, k, first + 3) ? first - (k - 1) : 0;
                if (!(t[k].Is("the") || t[k].IsPunct(',') || IsListItemWord(t[k]))) return 0;
            }

            return 0;
        }
    }
}
