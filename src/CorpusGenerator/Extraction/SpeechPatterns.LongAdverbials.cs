using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "joked in his turn to answer the question, “It was a twinkle ...”", "lamented in an
    /// interview with the Business Insider politics editor Oliver Darcy, “We have spent ...”": a
    /// longer phrase of where, how or to whom before a quotation that opens its own sentence (a
    /// capital after the mark) is no part of what was said, as a short one is not.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Tokens at most from the content's start to its closing quotation.</summary>
        private const int LongAdverbialBeforeQuoteTokens = 16;

        /// <summary>
        /// Whether [<paramref name="first"/>, <paramref name="end"/>) is a phrase of up to
        /// <see cref="LongAdverbialBeforeQuoteTokens"/> tokens and then a quotation in capitals, with no
        /// "that" or "because" opening a clause between ("tells audiences that after 200 years, “It's
        /// time.”" reports the clause) and no quotation starting in lower case ("because, in her words,
        /// “he knows how to do it”" finishes a sentence begun before it).
        /// </summary>
        private static bool LongAdverbialBeforeQuote(List<Token> t, int first, int end)
        {
            if (end - first > LongAdverbialBeforeQuoteTokens || t[end - 1].Kind != TokenKind.Quote || StartsInLowerCase(t[end - 1].Text)) return false;
            if (first > 0 && t[first - 1].Is("that")) return false; // the content already starts past its "that"
            if (t[first].Is("to")) return false; // "proposed to tackle under-age drinking, began his response with the quip: “Q”": an infinitive
            for (int i = first; i < end - 1; i++)
            {
                if (t[i].Is("that") || t[i].Is("because") || t[i].Kind == TokenKind.Quote) return false;
            }

            return true;
        }
    }
}
