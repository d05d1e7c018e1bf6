using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Allies of Mr. Trump said", "Aides to Mrs. Clinton said": a titled name was taken for the
    /// subject whatever stood before it, so that "University of the Fraser Valley political
    /// scientist Hamish Telford said" keeps its scientist. A name titled only by an honorific
    /// ("Mr.", "Sen.") right after a lower-case preposition is that preposition's object, and the
    /// climb to the phrase it modifies goes on as for any other name.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Whether <paramref name="name"/> is titled by honorifics alone and follows a lower-case preposition.</summary>
        private static bool HonorificAfterPreposition(List<Token> t, Sentence s, Mention name)
        {
            int p = WithDeterminer(t, s, name.First) - 1;
            if (p < s.First || !t[p].IsWord || t[p].IsCapitalized || !WordLists.Prepositions.Contains(t[p].Text)) return false;
            for (int i = name.First; i < name.End; i++)
            {
                Token w = t[i];
                if (w.IsPunct('.')) continue;
                if (RoleLexicon.IsHonorific(w.Text)) return true;
                return false;
            }

            return false;
        }
    }
}
