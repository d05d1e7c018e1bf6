namespace CorpusGenerator.Extraction
{
    /// <summary>A bare quotation right after one whose "he" or "she" could not be resolved goes on with that unnamed speaker.</summary>
    internal sealed partial class ExtractionRun
    {
        /// <summary>Paragraphs at most between the unresolved quote and the bare one that follows it.</summary>
        private const int UnresolvedTurnParagraphs = 1;

        /// <summary>
        /// Whether the quote read last, in this paragraph or the one before, was attributed to a
        /// "he" or "she" the resolver left unresolved. A bare quotation after it ("“I get the
        /// impression we are getting better,” he said. “Against Wales ...”") goes on with that same
        /// person, so the article's last named speaker (a coach quoted paragraphs before) is not
        /// them: had it been, the pronoun would have found it. No speaker beats a wrong one.
        /// A description left unnamed on purpose ("said the 36-year-old") is not such a case: when
        /// the resolver could not name whom it describes (SpeakerResolver.AgedDescriptions), the
        /// last named speaker usually is that person, so the bare quote still takes it.
        /// Only the last quote is looked at: constant work per quotation.
        /// </summary>
        private bool FollowsUnresolvedPronoun(int paragraph)
        {
            if (quotes.Count == 0) return false;
            PendingQuote last = quotes[quotes.Count - 1];
            if (last.Speaker is not null || last.Mention is not TextRange m || last.Cue is null || paragraph - last.Paragraph > UnresolvedTurnParagraphs) return false;
            int length = m.End - m.Start;
            return (length == 2 && string.Compare(text, m.Start, "he", 0, 2, System.StringComparison.OrdinalIgnoreCase) == 0) ||
                   (length == 3 && string.Compare(text, m.Start, "she", 0, 3, System.StringComparison.OrdinalIgnoreCase) == 0);
        }
    }
}
