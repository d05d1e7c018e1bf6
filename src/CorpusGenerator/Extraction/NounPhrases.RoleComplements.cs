using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Spain's minister of sport Jaime Lissavetzky was quick to give his backing to the
    /// Federation's decision. 'Everyone who has a public function ...,' he said", "Merck's head of
    /// research Peter Kim said": a lower-case role may end in "of" and the one word naming its
    /// field. The role's walk stopped at "of", no name followed "minister", the person was never
    /// the subject, and "he" went to the coach quoted before (BBC sport/257 and 258).
    /// </summary>
    internal static partial class NounPhrases
    {
        /// <summary>
        /// When the role head just before <paramref name="of"/> ("minister", "head") is followed by
        /// "of", one lower-case word ("sport", "research") and a capitalised name, the index of
        /// that word, where the role ends; otherwise null. Reads three tokens.
        /// </summary>
        private static int? OfComplementEnd(List<Token> t, int of, int sentenceEnd)
        {
            if (of + 2 >= sentenceEnd || !t[of].Is("of") || t[of].IsCapitalized) return null;
            Token field = t[of + 1];
            if (!field.IsWord || field.IsCapitalized || field.IsPossessive || WordLists.StopWords.Contains(field.Text) || CueLexicon.IsCue(field.Text)) return null;
            return IsNameish(t[of + 2]) ? of + 1 : null;
        }
    }
}
