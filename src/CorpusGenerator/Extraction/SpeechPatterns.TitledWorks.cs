using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"He wrote Ring of Fire with June Carter Cash": a work named by its title, written with someone.</summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Words at most of a work's title after "wrote": "Ring of Fire", "The Day the Music Died".</summary>
        private const int MaxWorkTitleWords = 6;

        /// <summary>Small words a title keeps in lower case: "Ring of Fire", "Gone with the Wind".</summary>
        private static readonly WordSet TitleLinkWords = new WordSet("of", "the", "a", "an", "and", "in", "on", "to", "for", "with", "at");

        /// <summary>
        /// Whether "wrote" at the cue is followed by a title in capitals and then "with" and a
        /// co-writer ("He wrote Ring of Fire with June Carter Cash", "wrote Yesterday with Paul"):
        /// writing a named work together with someone makes it, and reports no words. A title
        /// followed by a verb ("wrote Obama was wrong") would be a clause, and is not read so.
        /// </summary>
        private static bool WroteATitleWithSomeone(List<Token> t, Attribution a)
        {
            if (!WriteForms.Contains(t[a.Cue].Text) || a.ContentFirst != a.CueEnd || a.ContentFirst >= a.ContentEnd) return false;
            int i = a.ContentFirst;
            if (!t[i].IsWord || !t[i].IsCapitalized || NounPhrases.IsPronoun(t[i])) return false;
            int words = 0;
            while (i < a.ContentEnd && words < MaxWorkTitleWords && t[i].IsWord && !t[i].Is("with") && (t[i].IsCapitalized || TitleLinkWords.Contains(t[i].Text)))
            {
                i++;
                words++;
            }

            return i + 1 < a.ContentEnd && t[i].Is("with") && t[i + 1].IsWord && t[i + 1].IsCapitalized;
        }
    }
}
