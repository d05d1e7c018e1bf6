using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"The tool, called Picasa, detects ...", "a robot called Emiew.": "called" that gives a name and reports nothing.</summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Capitalised words at most in the name after "called": "the Marlin Joint Development Association".</summary>
        private const int CalledNameWords = 8;

        /// <summary>
        /// Whether the "called" at <paramref name="k"/> only names something: a capitalised name
        /// follows it ("Picasa", "IE 7", "the Marlin Joint Development Association") and then the
        /// clause ends, or, when "called" is set off by a comma or opens the sentence, goes on
        /// after a comma or a bracket. Calling someone
        /// something says what they are called, with a complement after the name ("called Labour
        /// “a brilliant machine”", "called Clinton a liar"); a name that closes the phrase has no
        /// complement, so nothing is reported, and the naming gave speakers such as "Wedding Cantata
        /// BWV", "Picasa" and "Emiew". "called on", "called for" and a quotation stay cues.
        /// </summary>
        private static bool CalledByName(List<Token> t, int k, Sentence s)
        {
            if (!t[k].Is("called")) return false;
            int i = k + 1;
            if (i < s.End && t[i].Is("the")) i++;
            int first = i;
            while (i < s.End && i - first < CalledNameWords)
            {
                Token w = t[i];
                bool inName = (w.IsWord && w.IsCapitalized && !w.IsPossessive) || (i > first && w.Kind == TokenKind.Number) || (i > first && NounPhrases.IsParticle(w)) ||
                              (i > first && w.IsWord && (w.Is("for") || w.Is("of") || w.Is("and")) && i + 1 < s.End && t[i + 1].IsCapitalized) ||
                              (i > first && w.IsPunct('.') && t[i - 1].End == w.Start && (RoleLexicon.IsHonorific(t[i - 1].Text) || t[i - 1].Text.Length == 1)); // "Mrs.", "J."
                if (!inName) break;
                i++;
            }

            if (i == first || NounPhrases.IsPronoun(t[first])) return false;

            // "a robot called Emiew.": nothing after the name, so nothing is said of it.
            if (i >= s.End || t[i].IsPunct('.') || t[i].IsPunct(';') || t[i].IsPunct('!') || t[i].IsPunct('?')) return true;

            // "The tool, called Picasa, detects", "Called Speegle, it has": a participle set off by
            // commas or opening the sentence. After a subject ("Trump called Clinton, his rival, an
            // ISIS co-founder") a comma may open an appositive before the complement.
            bool setOff = k == s.First || t[k - 1].IsPunct(',');
            return setOff && (t[i].IsPunct(',') || t[i].IsPunct('(') || t[i].IsPunct(')'));
        }
    }
}
