using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Mr Hague, 43, told the Times ... He also told the paper he hopes to remain MP for Richmond,
    /// North Yorks, and ...": a sentence that opens with "he" or "she" has that pronoun as its
    /// subject, so a name after one of its commas ("North Yorks") is no new subject for the next
    /// pronoun (it had become the one "he" referred to, and then the quote, naming "North", lost
    /// its speaker).
    /// </summary>
    internal sealed partial class ExtractionRun
    {
        /// <summary>Whether <paramref name="sentence"/> opens with "he" or "she", or "But he", "And she".</summary>
        private static bool OpensWithPersonalPronoun(List<Token> t, Sentence sentence)
        {
            int i = sentence.First;
            if (i + 1 < sentence.End && (t[i].Is("but") || t[i].Is("and"))) i++;
            return i < sentence.End && (t[i].Is("he") || t[i].Is("she"));
        }
    }
}
