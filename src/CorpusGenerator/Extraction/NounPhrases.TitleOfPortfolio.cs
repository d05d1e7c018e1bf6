using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "said UK Chancellor of the Exchequer Gordon Brown", "The US Secretary of Energy Spencer
    /// Abraham confirmed": an office named with "of" and one capitalised word before the holder's
    /// name. The walk forward stopped at "of" (typed speaker <c>UKChancellor</c>), the walk back
    /// stopped at it (speaker <c>ExchequerGordonBrown</c>), or the title alone was a description.
    /// The office is the role, the two words after it the name.
    /// </summary>
    internal static partial class NounPhrases
    {
        /// <summary>
        /// "of", or "to" as in "Chief Secretary to the Treasury Paul Boateng", "Parliamentary
        /// Private Secretary to the Prime Minister": the word that joins an office to its brief.
        /// With "to" alone the holder had no speaker at all (BBC politics).
        /// </summary>
        private static bool IsOfficeLink(Token token) => token.Is("of") || token.Is("to");

        /// <summary>
        /// Whether the "of" (or "to", <see cref="IsOfficeLink"/>) at <paramref name="i"/> follows a capitalised title and opens, perhaps
        /// after "the", exactly three name words before <paramref name="end"/> or a word that is no
        /// name: one for the office's brief, two for the holder. Only three: "Secretary of Homeland
        /// Security Jeh Johnson" cannot be split without knowing the brief, and "the Archbishop of
        /// Canterbury said" has no holder named. Nor before a comma: "Glen Wood, Vice President of
        /// Deutsche Securities Japan, asks" is an appositive whose holder is named before it, and
        /// the three words are the firm.
        /// </summary>
        private static bool IsTitleOf(List<Token> t, int i, int end)
        {
            if (i < 1 || !IsOfficeLink(t[i]) || t[i].IsCapitalized || !t[i - 1].IsWord || !t[i - 1].IsCapitalized || !RoleLexicon.IsTitle(t[i - 1].Text)) return false;
            int k = i + 1;
            if (k < end && t[k].Is("the")) k++;
            int run = k;
            while (k < end && k - run <= 3 && t[k].IsWord && IsNameish(t[k]) && !t[k].IsPossessive) k++;
            return k - run == 3 && (k >= t.Count || !(IsNameish(t[k]) || t[k].IsPunct(','))) && !RoleLexicon.IsTitle(t[run].Text);
        }

        /// <summary>
        /// The tokens the walk back crosses at "of" or "of the" when <paramref name="first"/> is
        /// the office's brief in "Chancellor of the Exchequer Gordon Brown": 2, 3, or 0 when
        /// <see cref="IsTitleOf"/> does not hold.
        /// </summary>
        private static int TitleOfBefore(List<Token> t, int first, int sentenceFirst)
        {
            if (first - 2 >= sentenceFirst && IsOfficeLink(t[first - 1]) && IsTitleOf(t, first - 1, t.Count)) return 2;
            if (first - 3 >= sentenceFirst && t[first - 1].Is("the") && IsOfficeLink(t[first - 2]) && IsTitleOf(t, first - 2, t.Count)) return 3;
            return 0;
        }
    }
}
