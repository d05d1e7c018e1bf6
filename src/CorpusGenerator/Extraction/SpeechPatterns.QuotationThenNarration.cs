using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Catherine retorted, “I’m a good swimmer” and then dropped the mic with a crash", "she picked
    /// it up and crowed, “Oh, it’s my rose,” which is when Tracy started having palpitations": after
    /// a quotation that opens the content, "and then", "and" with a past verb (the speaker's next act)
    /// or a ", which" clause is the narrator going on, not more of what was said.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>
        /// The end of the quotation (in capitals) at <paramref name="first"/> when what follows it up to
        /// <paramref name="end"/> is narration with no quotation of its own; null otherwise.
        /// </summary>
        private static int? QuotationThenNarration(List<Token> t, int first, int end)
        {
            // "The bill proposes “control orders”, which would mean ...": a term in lower case is what
            // the clause after it describes, and no utterance of its own.
            if (end - first < 3 || t[first].Kind != TokenKind.Quote || StartsInLowerCase(t[first].Text)) return null;
            int next = first + 1;
            for (int i = next; i < end; i++)
            {
                if (t[i].Kind == TokenKind.Quote) return null;
            }

            if (t[next].Is("which") || (t[next].IsPunct(',') && t[next + 1].Is("which"))) return next; // “Oh, it’s my rose,” which is when ...
            if (!t[next].Is("and") || !t[next + 1].IsWord) return null;
            Token after = t[next + 1];
            bool narrated = after.Is("then") || (!after.IsCapitalized && after.Text.Length > 3 && after.Text.EndsWith("ed", System.StringComparison.Ordinal));
            return narrated ? next : null;
        }
    }
}
