using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// Whether an attribution reports a clause of someone's words, with no quotation of its own:
    /// "Greene added that the Fed ...", "She says people should be able to ...", "the plan will
    /// fail, he said". Not "touted her credentials as", "describes himself as": a description of
    /// the speaker, not words (ReportedClauseQuotes).
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>The content is indirect and is a "that" clause, or the cue is a plain "said"/"told"/"wrote".</summary>
        internal static bool ReportsClause(List<Token> t, Attribution a) =>
            a.HasContent && a.Kind == QuoteKind.Indirect &&
            (a.ContentFirst > a.Cue && t[a.ContentFirst - 1].Is("that") || PlainSayings.Contains(t[a.Cue].Text));
    }
}
