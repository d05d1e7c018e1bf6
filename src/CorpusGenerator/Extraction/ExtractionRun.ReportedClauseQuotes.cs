using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Greene added that the Fed very much wants to get out of the way before the election.
    /// “They don’t like to talk about it, but ...”", "She says people should be able to use the
    /// bathroom they prefer. “It is their life; ...”": a quotation standing alone right after a
    /// sentence, in the same paragraph, that reported a clause of someone's words goes on with
    /// those words. Its speaker was already the last one quoted; it now also reports the mention
    /// and the cue it was attributed from, as "“Q1,” he said. “Q2.”" does not: there the second
    /// quotation is a piece of the first, floating.
    /// Only a reported clause (after "that", or after a plain "said"/"told"/"wrote") carries:
    /// "Mr. Fry describes himself as the most left-leaning Green. “Why would I ...”" describes,
    /// it does not report words the quotation continues.
    /// </summary>
    internal sealed partial class ExtractionRun
    {
        /// <summary>
        /// The sentence's last attribution, for the quotation after it, when it reports a clause
        /// and its speaker is known; null otherwise. A value, so a sentence costs no allocation.
        /// </summary>
        private ReportedClauseInfo? ReportedClause(List<Token> t, List<Attribution> found, Entity?[] entities, Unit unit)
        {
            int last = found.Count - 1;
            Attribution a = found[last];
            if (entities[last] is not Entity speaker || a.Speaker is null || !SpeechPatterns.ReportsClause(t, a)) return null;
            return new ReportedClauseInfo(speaker, a.Speaker.Span, Range(t, a.Cue, a.CueEnd), Paragraph(a.Span.Start, unit));
        }

        /// <summary>Gives the floating quotation the mention and cue of the reported clause before it.</summary>
        private static void CarryReporting(PendingQuote q, ReportedClauseInfo reported)
        {
            q.Mention = reported.Mention;
            q.Cue = reported.Cue;
            q.Carried = true;
        }

        /// <summary>A sentence's reported clause: who reported it, from which mention, with which cue, in which paragraph.</summary>
        private readonly struct ReportedClauseInfo
        {
            public ReportedClauseInfo(Entity speaker, TextRange mention, TextRange cue, int paragraph)
            {
                Speaker = speaker;
                Mention = mention;
                Cue = cue;
                Paragraph = paragraph;
            }

            public Entity Speaker { get; }

            public TextRange Mention { get; }

            public TextRange Cue { get; }

            public int Paragraph { get; }
        }
    }
}
