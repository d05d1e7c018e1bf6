using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>The writer's lead-in before a colon and a quotation that stands before its cue.</summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>
        /// "But some struck a more worrying tone: “Shame they are getting more popular,” wrote Stuart
        /// Stanton-Davies.", "His final assessment: “It's not quite optimistic,” he said.": what
        /// stands before the colon introduces the quotation in the writer's words; what was said is
        /// the quotation alone, so the content before the cue starts at it. Returns the new first
        /// token of [<paramref name="first"/>, <paramref name="end"/>), or <paramref name="first"/>
        /// unchanged when the content does not end in one quotation right after a colon.
        /// </summary>
        private static int PastColonLeadIn(List<Token> t, int first, int end)
        {
            int q = end - 1;
            while (q > first && t[q].Kind == TokenKind.Punct) q--;
            if (q - 1 <= first || t[q].Kind != TokenKind.Quote || !t[q - 1].IsPunct(':')) return first;
            for (int i = first; i < q - 1; i++)
            {
                if (t[i].Kind == TokenKind.Quote) return first;
            }

            return q;
        }
    }
}
