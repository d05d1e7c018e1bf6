using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"Iowa: Tim Albrecht, Brad Anderson, Rob Barron, ...": a label and a list of names, not a speaker and words.</summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Items at least in a roster: fewer could be a clause's names ("Smith: Jones, Brown lied").</summary>
        private const int RosterItems = 3;

        /// <summary>Words at most in one name of a roster: "Bonnie Campbell", "Juliana Bergeron Smith".</summary>
        private const int RosterNameWords = 4;

        /// <summary>
        /// Whether [<paramref name="first"/>, <paramref name="end"/>) after a colon is a roster: at least
        /// three comma-separated items, each a short run of capitalised words (an "and" may open the
        /// last). A list of people under a label ("Iowa:", "Panelists:") says who, not what was said.
        /// </summary>
        private static bool IsRoster(List<Token> t, int first, int end)
        {
            int items = 0, words = 0;
            for (int i = first; i < end; i++)
            {
                Token w = t[i];
                if (w.IsPunct(','))
                {
                    if (words == 0) return false;
                    items++;
                    words = 0;
                    continue;
                }

                // "D.J. Bettencourt", "Brady Quirk-Garvan", "Ana de la Cruz": a name's own marks and particles.
                if (w.IsPunct('.') || w.IsPunct('-') || NounPhrases.IsParticle(w)) continue;
                if (w.Is("and") && words == 0 && items >= RosterItems - 1) continue;
                if (!(w.IsWord || w.Kind == TokenKind.Number) || !w.IsCapitalized || ++words > RosterNameWords) return false;
            }

            if (words > 0) items++;
            return items >= RosterItems;
        }
    }
}
