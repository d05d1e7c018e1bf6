using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "She told researchers: “Q”", "he told BBC Radio 4's Today programme: “Q”", "told the
    /// crowd: “Q1. “Q2.”": after a verb that takes its listener as object, a phrase of words
    /// closed by a colon names who was told, and the quotation after the colon is all that was
    /// said, a direct quote. The short listener list in <see cref="IsListener"/> left longer or
    /// unlisted listeners ("the Reuters news agency", "fellow housemates") inside a mixed quote.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Tokens at most in the listener before the colon: "BBC Radio 4's Today programme".</summary>
        private const int ListenerColonTokens = 12;

        /// <summary>
        /// The first quotation after "told LISTENER:" when [<paramref name="first"/>, <paramref name="end"/>)
        /// opens right after an addressee cue with words, a colon and then only quotations; otherwise -1.
        /// </summary>
        private static int QuoteAfterListenerColon(List<Token> t, Attribution a, int first, int end)
        {
            if (first != a.CueEnd || first >= end || !t[a.Cue].IsWord || !CueLexicon.TakesAddressee(t[a.Cue].Text)) return -1;
            int colon = -1;
            for (int i = first; i < end && i - first <= ListenerColonTokens; i++)
            {
                if (t[i].IsPunct(':'))
                {
                    colon = i;
                    break;
                }

                // A listener is words and numbers only ("Radio 4"); "that", a quotation or a comma means a clause.
                if (!(t[i].IsWord || t[i].Kind == TokenKind.Number) || t[i].Is("that")) return -1;
            }

            if (colon <= first || colon + 1 >= end || t[colon + 1].Kind != TokenKind.Quote) return -1;
            for (int i = colon + 1; i < end; i++)
            {
                if (t[i].Kind != TokenKind.Quote && t[i].Kind != TokenKind.Punct) return -1;
            }

            return colon + 1;
        }

        /// <summary>Sets the quotations after "told LISTENER:" as one direct quote from the first to the last.</summary>
        private static bool SetAfterListenerColon(List<Token> t, Attribution a, int first, int end)
        {
            int q = QuoteAfterListenerColon(t, a, first, end);
            if (q < 0) return false;
            int last = q;
            for (int i = q; i < end; i++)
            {
                if (t[i].Kind == TokenKind.Quote) last = i;
            }

            a.ContentFirst = q;
            a.ContentEnd = end;
            a.Kind = QuoteKind.Direct;
            a.Span = new TextRange(t[q].Start, t[last].End);
            return true;
        }
    }
}
