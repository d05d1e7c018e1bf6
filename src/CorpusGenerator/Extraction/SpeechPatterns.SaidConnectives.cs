using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"Having said that, ...", "That said, ...": a connective made of "said", no one's words reported.</summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>
        /// Whether "said" at <paramref name="k"/> is part of the connectives "Having said that,"
        /// or "That said," ("This said,"): they concede a point and report no one's words, as "All
        /// told," counts nothing. "Having said that, I'm always pleased when drugs cheats are
        /// caught" was a quote of a speaker "Having".
        /// </summary>
        private static bool SaidConnective(List<Token> t, int k, Sentence s)
        {
            if (!t[k].Is("said")) return false;
            if (k - 1 >= s.First && t[k - 1].Is("having") && k + 2 < s.End && (t[k + 1].Is("that") || t[k + 1].Is("this")) && t[k + 2].IsPunct(',')) return true;
            return k - 1 == s.First && (t[k - 1].Is("that") || t[k - 1].Is("this")) && k + 1 < s.End && t[k + 1].IsPunct(',');
        }
    }
}
