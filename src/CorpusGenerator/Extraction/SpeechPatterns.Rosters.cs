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

        /// <summary>Tokens at most inside a roster name's bracketed tag: "(captain, Glasgow Rugby)", "(R-S.C.)".</summary>
        private const int RosterTagTokens = 8;

        /// <summary>
        /// Whether [<paramref name="first"/>, <paramref name="end"/>) after a colon is a roster: at least
        /// three comma-separated items, each a short run of capitalised words (an "and" may open the
        /// last), a name's bracketed club or party aside. A list of people under a label ("Iowa:",
        /// "Panelists:", a squad's "Backs: Mike Blair (Edinburgh Rugby), Andy Craig (Glasgow Rugby),
        /// ...") says who, not what was said.
        /// </summary>
        private static bool IsRoster(List<Token> t, int first, int end)
        {
            int items = 0, words = 0;
            for (int i = first; i < end; i++)
            {
                Token w = t[i];
                // "... Simon Webster (Edinburgh Rugby) Forwards: Ross Beattie (Northampton Saints), ...": the next label's colon ends an item too.
                if (w.IsPunct(',') || w.IsPunct(':'))
                {
                    if (words == 0) return false;
                    items++;
                    words = 0;
                    continue;
                }

                // "Mike Blair (Edinburgh Rugby), Gordon Bulloch (captain, Glasgow Rugby)": a name's club or party in brackets.
                if (w.IsPunct('(') && words > 0)
                {
                    int close = i + 1;
                    while (close < end && close - i <= RosterTagTokens && !t[close].IsPunct(')') && !t[close].IsPunct('(')) close++;
                    if (close >= end || !t[close].IsPunct(')')) return false;
                    i = close;
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
