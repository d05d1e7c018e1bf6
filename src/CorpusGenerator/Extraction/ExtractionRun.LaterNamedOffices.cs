using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// A quote whose speaker is an office no one named holds ("the economy minister said") waits a
    /// sentence or a paragraph for the name written with that office ("said economy minister Heizo
    /// Takenaka"; "Scottish Finance Minister, Tom McCabe, said") (SpeakerResolver.LaterNamedOffices).
    /// </summary>
    internal sealed partial class ExtractionRun
    {
        /// <summary>Paragraphs at most between the described quote and the name.</summary>
        private const int LaterNameParagraphs = 1;

        /// <summary>The last quote left speakerless with an office description, and that description; -1 when none.</summary>
        private int describedQuote = -1;
        private Mention? describedBy;

        /// <summary>Remembers the quote just added when its description <paramref name="a"/> named no one (<paramref name="entity"/> null).</summary>
        private void NoteDescribedQuote(Attribution a, Entity? entity)
        {
            if (entity is not null || a.Speaker is not Mention m || m.Kind != MentionKind.Description) return;
            describedQuote = quotes.Count - 1;
            describedBy = m;
        }

        /// <summary>
        /// After a sentence's quotes are read: the waiting quote takes the one person this sentence
        /// names for the first time with the office in their role. Only the last such quote, only
        /// while it is still speakerless: constant work per sentence beyond its names.
        /// </summary>
        private void NameDescribedQuote(List<Mention> names, int paragraph)
        {
            if (describedQuote < 0 || describedQuote >= quotes.Count || describedBy is null) return;
            PendingQuote q = quotes[describedQuote];
            if (q.Speaker is not null || paragraph - q.Paragraph > LaterNameParagraphs || q.Mention is not TextRange mention || mention.Start != describedBy.Span.Start)
            {
                if (paragraph - q.Paragraph > LaterNameParagraphs || q.Speaker is not null) describedQuote = -1;
                return;
            }

            if (resolver.LaterNamedHolder(describedBy, names) is not Entity holder) return;
            holder.Mentions.Add(describedBy.Span);
            q.Speaker = holder;
            holder.Quotes++; // not the last speaker: the quotes after the name's own sentence are not its by this
            describedQuote = -1;
        }
    }
}
