using System;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "A survey by Hostway", "a report by the Fraser of Allander Institute": a writing that names
    /// its author after "by"; and, by an organisation's name, after "from" ("according to figures
    /// from the Council of Mortgage Lenders").
    /// </summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>Words at most in an author's name after "by".</summary>
        private const int MaxAuthorWords = 7;

        /// <summary>
        /// The author a writing names after "by" within its own phrase ("A report by the Fraser of
        /// Allander Institute said", "a study by Computeractive Magazine suggests"): whose words
        /// they are, as "a Pew survey" is Pew's (<see cref="AuthorNamedBeforeWriting"/>). The
        /// writing alone names no one and its quotes stayed without a speaker although the text
        /// says whose it is; this is no guess. Null unless a capitalised name of at most seven
        /// words, with no "and" (two authors are left as they were), follows "by" right after a
        /// writing's noun.
        /// </summary>
        private Entity? AuthorNamedAfterWriting(Mention mention)
        {
            string text = mention.Text;
            int by = text.IndexOf(" by ", StringComparison.Ordinal);
            bool from = false;
            if (by <= 0)
            {
                // "according to figures from the Council of Mortgage Lenders", "forecasts from the
                // Ministry of Commerce": the figures are the body's own, as "figures by" would be.
                // Only a name that is plainly an organisation's: "reports from Russia", "estimates
                // from India" come from a place, not from its government (SpeechPatterns.NamesOrganisation).
                by = text.IndexOf(" from ", StringComparison.Ordinal);
                if (by <= 0) return null;
                from = true;
            }

            int headStart = text.LastIndexOf(' ', by - 1) + 1;
            string head = text.Substring(headStart, by - headStart);
            if (head.Length == 0 || !char.IsLower(head[0]) || !RoleLexicon.IsDocument(head)) return null;
            int at = by + (from ? 6 : 4);
            if (string.CompareOrdinal(text, at, "the ", 0, 4) == 0) at += 4;
            if (at >= text.Length || !char.IsUpper(text[at])) return null;
            string author = text.Substring(at);
            if (author.IndexOf(" and ", StringComparison.Ordinal) >= 0 || author.IndexOf(',') >= 0) return null;
            string[] words = author.Split(' ');
            if (words.Length > MaxAuthorWords || (from && !SpeechPatterns.NamesOrganisation(words))) return null;
            var span = new TextRange(mention.Span.Start + at, mention.Span.End);
            var name = new Mention(MentionKind.Name, mention.First, mention.End, span, author) { NameWords = words };
            int known = entities.Count;
            Entity? found = FindOrCreateName(name, create: true);
            if (found is not null && entities.Count > known)
            {
                found.IsUnknown = false;
                found.NamedAsAuthor = true;
            }

            NoteWritingAuthor(head, found); // "The survey also found" (ResumedWritings)
            return found;
        }
    }
}
