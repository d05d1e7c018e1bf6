using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "According to written documents, he fell ill after his arrival, describing the conditions
    /// as unsanitary": when "according to" opens the sentence, the whole main clause is what the
    /// source reports, and a participle clause in it belongs to that clause's subject, not to the
    /// source, and is part of the report.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Whether <paramref name="a"/> is an "according to" that opens its sentence.</summary>
        private static bool OpensWithAccordingTo(List<Token> t, Sentence s, Attribution a) =>
            a.Cue == s.First && t[a.Cue].Is("according");

        /// <summary>Whether the cue at <paramref name="cue"/> stands in the clause an opening "according to" reports.</summary>
        private static bool InsideOpeningAccordingTo(List<Token> t, Sentence s, Attribution opening, int cue) =>
            OpensWithAccordingTo(t, s, opening) && opening.Speaker is Mention source && source.End < cue;
    }
}
