using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"suggested a compromise": a thing put forward, not words reported.</summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>
        /// "The court suggested a more permissive approach", "the chart suggests a dip in
        /// registration": "suggest" with an indefinite noun phrase for its object proposes or
        /// indicates that thing; only a clause after it ("suggested the plan would fail",
        /// "suggested that ...") reports what was said. A thing that leads to words ("suggesting a
        /// few questions, including, “Q”", "suggested a way to pay: ...") still reports them.
        /// </summary>
        private static bool IsProposal(List<Token> t, Attribution a)
        {
            if (a.ContentFirst != a.CueEnd || !t[a.Cue].Text.StartsWith("suggest", System.StringComparison.OrdinalIgnoreCase)) return false;
            if (!t[a.ContentFirst].Is("a") && !t[a.ContentFirst].Is("an")) return false;
            for (int i = a.ContentFirst; i < a.ContentEnd; i++)
            {
                if (t[i].Kind == TokenKind.Quote || t[i].IsPunct(':')) return false;
            }

            return true;
        }
    }
}
