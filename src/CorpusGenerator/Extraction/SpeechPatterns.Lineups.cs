using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Replacements: A Titterrell (Sale Sharks), P Vickery (Gloucester), ...", "Goals: Rooney 68,
    /// Dunne 75 og", "Referee: R Styles (Hampshire)": a label and its value, as match reports print
    /// line-ups and results, not a speaker and what they said.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Lower-case words a line-up or a scoreline may hold: substitutions ("A for B"), own goals, captains.</summary>
        private static readonly WordSet LineupWords = new WordSet("for", "and", "og", "pen", "capt", "c", "vc", "rep", "sub", "subs");

        /// <summary>
        /// Whether [<paramref name="first"/>, <paramref name="end"/>) after a colon holds no word
        /// that could make it a sentence: only capitalised words, numbers, parenthesised asides,
        /// list punctuation and the few lower-case words of a line-up (<see cref="LineupWords"/>).
        /// What someone said has function words or verbs in lower case; a team sheet, a scorers'
        /// list, a referee's name or a result has none, and gave speakers "Replacements", "Goals",
        /// "Att", "Referee" and "Result". A title-case headline ("Sanders: I’m Not Much Of A
        /// Socialist") is told apart by its capitalised function words and contractions.
        /// </summary>
        private static bool IsLineup(List<Token> t, int first, int end)
        {
            int names = 0, depth = 0;
            for (int i = first; i < end; i++)
            {
                Token w = t[i];
                if (w.Kind == TokenKind.Quote) return false;
                if (w.Kind == TokenKind.Number) continue;
                if (w.IsPunct('(')) depth++;
                else if (w.IsPunct(')')) depth--;
                if (w.IsWord && NounPhrases.IsParticle(w)) continue; // "Paice for van der Walt"
                if (w.IsWord && depth > 0 && w.IsCapitalized) continue; // a club in brackets: "(The Borders)"
                if (w.IsWord)
                {
                    // "Bernie Sanders: I’m Not Much Of A Socialist": a headline in title case capitalises
                    // its function words and contractions, which no line-up holds (an initial may be "A").
                    if (w.IsCapitalized && ((w.Text.Length > 1 && WordLists.StopWords.Contains(w.Text)) || EndsInContraction(w.Text))) return false;
                    if (w.IsCapitalized) names++;
                    else if (!LineupWords.Contains(w.Text)) return false;
                    continue;
                }

                if (!(w.IsPunct(',') || w.IsPunct(';') || w.IsPunct('(') || w.IsPunct(')') || w.IsPunct('/') || w.IsPunct('-') || w.IsPunct('.') || w.IsPunct(':'))) return false;
            }

            return names > 0;
        }

        /// <summary>"I’m", "Won't", "It's": an apostrophe before one or two lower-case letters at the end ("O'Shea" is a name).</summary>
        private static bool EndsInContraction(string w)
        {
            int apostrophe = w.LastIndexOfAny(Apostrophes);
            if (apostrophe <= 0 || w.Length - apostrophe - 1 < 1 || w.Length - apostrophe - 1 > 2) return false;
            for (int k = apostrophe + 1; k < w.Length; k++)
            {
                if (!char.IsLower(w[k])) return false;
            }

            return true;
        }
    }
}
