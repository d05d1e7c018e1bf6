using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>A listener named with "the" right after "told": "told the BBC", "told the Financial Times".</summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>
        /// "He told the BBC this will mean better offers", "It told the Financial Times it expected
        /// its exposure to be limited": after "told", "the" and a capitalised name is who listened, and
        /// a subject that follows in lower case (a pronoun or a determiner) opens what was told. A
        /// lower-case listener ("told the council the plan ...") stays ambiguous and is left alone.
        /// Returns where the content starts: after the name, or <paramref name="the"/> unchanged.
        /// </summary>
        private static int PastTheNamedListener(List<Token> t, int the, int limit)
        {
            int j = the + 1;
            while (j < limit && j - the <= 4 && t[j].IsWord && t[j].IsCapitalized && NounPhrases.IsNameish(t[j])) j++;
            if (j == the + 1 || j >= limit || !t[j].IsWord || t[j].IsCapitalized) return the;
            return NounPhrases.IsPronoun(t[j]) || t[j].Is("we") || t[j].Is("there") || WordLists.Determiners.Contains(t[j].Text) ? j : the;
        }
    }
}
