using System;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "“She was being swept away,” Morquendi's message read.", "Apple's lawsuit accused ...",
    /// "“The play ... is hereby banned,” the council's ruling said.": a writing written with its
    /// owner in the possessive is its owner's words, as "her statement" is hers. Only "his", "her",
    /// "its" and "their" were read so; a name or "the" and a noun before "'s" named no one and
    /// the quote had no speaker.
    /// </summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>The owner of a writing written "X's WRITING" (<see cref="FindOwnerOfWriting"/>), for a phrase kept as written, with the mention noted on it; null when none.</summary>
        public Entity? OwnerOfWriting(Mention mention, TextRange afterCue)
        {
            Entity? e = FindOwnerOfWriting(mention, afterCue);
            if (e is null) return null;
            e.Mentions.Add(mention.Span);
            Touch(e);
            return e;
        }

        /// <summary>
        /// The owner of a writing written "X's WRITING" (perhaps with lower-case words between:
        /// "the company's latest statement"): a name ("Morquendi", "Apple", "Mr Peston") found as
        /// any name is, or "the" and one noun ("the council", "the company") resolved as that
        /// description is. Null for anything else, and for a date ("Friday's lawsuit", "Wednesday's
        /// statement"): a writing of a day is no one's. Reads the mention's text once.
        /// </summary>
        private Entity? FindOwnerOfWriting(Mention mention, TextRange afterCue)
        {
            string d = mention.Text;
            if (mention.Kind == MentionKind.Name || mention.Kind == MentionKind.Pronoun) return null;
            string head = d.Substring(d.LastIndexOf(' ') + 1);
            if (head.Length == 0 || !char.IsLower(head[0]) || !(RoleLexicon.IsDocument(head) || IsAuthoredWork(head))) return null; // "Mr Peston's book claimed" (WritingSubjects)
            int mark = d.IndexOf("'s ", StringComparison.Ordinal);
            if (mark < 0) mark = d.IndexOf("’s ", StringComparison.Ordinal);
            if (mark <= 0) return null;
            string owner = d.Substring(0, mark);
            string[] words = owner.Split(' ');
            if (words[0].Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                // "the council's ruling": the body "the council" stands for.
                if (words.Length != 2 || words[1].Length == 0 || !char.IsLower(words[1][0]) || !RoleLexicon.IsOrganisationWord(words[1])) return null;
                var body = new Mention(MentionKind.Description, mention.First, mention.End, new TextRange(mention.Span.Start, mention.Span.Start + mark), owner) { NameWords = new[] { words[1] } };
                Entity? e = ResolveDescription(body, afterCue);
                return e is null || e.IsPerson || !(ContainsWord(e.Name, words[1]) || IsLeadOrganisation(e)) ? null : e; // a body named so, or the lead: not the organisation last named
            }

            int first = 0;
            while (first < words.Length - 1 && RoleLexicon.IsHonorific(words[first])) first++; // "Mr Peston's book"
            for (int i = first; i < words.Length; i++)
            {
                if (words[i].Length == 0 || !char.IsUpper(words[i][0]) || CalendarWords.Contains(words[i])) return null;
            }

            int start = owner.IndexOf(words[first], StringComparison.Ordinal);
            var name = new Mention(MentionKind.Name, mention.First, mention.End, new TextRange(mention.Span.Start + start, mention.Span.Start + mark), owner.Substring(start))
            {
                NameWords = words.AsSpanCopy(first, words.Length - first),
            };
            Entity? found = FindOrCreateName(name, create: true);

            // A lone word is found as written only: "Apple's lawsuit" is no "Apple Insider" and
            // "Carrier's message" no "Outside Carrier", capitalised runs filed as people whose
            // first or last word it is. "Mr Peston's book" is the Robert Peston named before.
            return found is not null && first == 0 && name.NameWords.Length == 1 && found.Key != KeyOf(name.NameWords) ? null : found;
        }
    }
}
