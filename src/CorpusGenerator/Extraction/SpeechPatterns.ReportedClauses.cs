using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// Whether an attribution reports a clause of someone's words, with no quotation of its own
    /// or only a quoted fragment in it ("Penny Cobham said her members were “outraged” by the
    /// decision."): "Greene added that the Fed ...", "She says people should be able to ...", "the plan will
    /// fail, he said", "by saying he would be willing to ...", "recalled how on his first trip
    /// ...", "explaining why the candidate won't appear". Not "touted her credentials as",
    /// "describes himself as": a description of the speaker, not words (ReportedClauseQuotes).
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Participles of the plain verbs of saying, reporting a clause as the verbs do.</summary>
        private static readonly WordSet PlainSayingParticiples = new WordSet("saying", "telling", "writing");

        /// <summary>Words that open a reported question or manner clause: "recalled how", "explaining why".</summary>
        private static readonly WordSet CarriedClauseOpeners = new WordSet("how", "why", "whether");

        /// <summary>
        /// The content is indirect or mixed (a direct quotation's next piece is no continuation of
        /// reported words but a piece of the quotation, floating) and is a "that", "how", "why" or
        /// "whether" clause, or the cue is a plain "said"/"told"/"wrote"/"saying".
        /// </summary>
        internal static bool ReportsClause(List<Token> t, Attribution a) =>
            a.HasContent && a.Kind != QuoteKind.Direct &&
            (a.ContentFirst > a.Cue && (t[a.ContentFirst - 1].Is("that") || t[a.ContentFirst].IsWord && CarriedClauseOpeners.Contains(t[a.ContentFirst].Text)) ||
             PlainSayings.Contains(t[a.Cue].Text) || PlainSayingParticiples.Contains(t[a.Cue].Text));
    }
}
