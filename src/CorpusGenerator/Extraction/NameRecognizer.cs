using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// Finds the proper names of a sentence: runs of capitalized words, with the titles before
    /// them split off as a role. Used before attribution, so that "Rouhani" can be resolved to
    /// "Hassan Rouhani" whichever comes first in the article.
    /// </summary>
    internal static class NameRecognizer
    {
        public static List<Mention> FindNames(string text, List<Token> t, Sentence sentence)
        {
            var names = new List<Mention>();
            int i = sentence.First;
            while (i < sentence.End)
            {
                if (!StartsRun(t[i]))
                {
                    i++;
                    continue;
                }

                int end = i;
                while (end < sentence.End && (StartsRun(t[end]) || IsRunPeriod(t, end, i) || IsInnerParticle(t, end, sentence) || (end > i && NounPhrases.IsInnerOf(t, end, i)) || (end > i + 1 && t[end].Is("the") && NounPhrases.IsInnerOf(t, end - 1, i)) || (end > i && end + 1 < sentence.End && NounPhrases.IsAmpersandJoin(t, end)) || (end > i && NounPhrases.IsNameNumber(t, end))))
                {
                    end++;
                    if (t[end - 1].IsPossessive) break;
                }

                if (end - i <= 10)
                {
                    int last = end - 1;
                    while (last > i && t[last].IsPunct('.')) last--;
                    Mention? m = NounPhrases.EndingAt(text, t, last, sentence.First);
                    if (m is not null && m.Kind == MentionKind.Name) names.Add(m);
                }

                i = end;
            }

            return names;
        }

        [System.Runtime.CompilerServices.MethodImpl(JitHints.OptimizeAtOnce)]
        private static bool StartsRun(Token token) =>
            NounPhrases.IsNameish(token) || (token.IsWord && (RoleLexicon.IsHonorific(token.Text) || (token.IsCapitalized && RoleLexicon.IsTitle(token.Text))));

        /// <summary>"de" and "la" in "Ana de la Cruz": inside a run when a name word follows.</summary>
        private static bool IsInnerParticle(List<Token> t, int i, Sentence sentence) =>
            NounPhrases.IsParticle(t[i]) && i + 1 < sentence.End && (NounPhrases.IsNameish(t[i + 1]) || (NounPhrases.IsParticle(t[i + 1]) && i + 2 < sentence.End && NounPhrases.IsNameish(t[i + 2])));

        private static bool IsRunPeriod(List<Token> t, int i, int runStart) =>
            i > runStart && t[i].IsPunct('.') && t[i - 1].End == t[i].Start && (RoleLexicon.IsHonorific(t[i - 1].Text) || t[i - 1].Text.Length == 1 || WordLists.Abbreviations.Contains(t[i - 1].Text)) &&
            i + 1 < t.Count && StartsRun(t[i + 1]);
    }
}
