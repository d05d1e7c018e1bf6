using System;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Arsenal's Brazilian midfielder Edu has hit out at the club ... He told BBC Sport: ...": a
    /// one-word name after a person's title, opening its sentence, is a person and the subject.
    /// Only full names were registered ahead, so noting the subject found no one, "he" went past
    /// him, and the quote had no speaker (NounPhrases.OneWordRoledNames).
    /// </summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>Makes the subject name the one "he" or "she" refers to next: a known name, or a lone word after a person's title.</summary>
        public bool NoteSubjectName(Mention mention) => NoteMention(mention, touch: true) || NoteRoledOneWordName(mention);

        /// <summary>
        /// "Andre 3000 thanked fans ... \"We really appreciate it,\" he said": a name ending in its
        /// number opening the sentence before its verb is its subject, a person or a band, so no
        /// one named before it ("R&amp;B singer Usher") is whom the next "he" means. Such a name is
        /// registered nowhere ahead (NameNumbers), so it stays unknown until a pronoun says.
        /// </summary>
        public bool NoteNumberedSubject(Mention mention)
        {
            if (mention.Conjoined || mention.Article is not null || HasOrganisationWord(mention.NameWords, mention.NameWords.Length - 1)) return false;
            Entity entity = FindOrCreateName(mention, create: true)!;
            if (!entity.IsPerson && !entity.IsUnknown) return false;
            entity.Mentions.Add(mention.Span);
            Touch(entity);
            return true;
        }

        /// <summary>Makes a person already known by a full name the one "he" or "she" refers to next; nothing for a body or a lone word no one has classified (ExtractionRun.LaterClauseSubjects).</summary>
        public void NoteKnownPerson(Mention mention)
        {
            if (mention.Kind != MentionKind.Name) return;
            Entity? entity = FindOrCreateName(mention, create: false);
            // A person the article has shown to be one: quoted, or "he", "she", "Mr" referred to
            // them; "but Tata is running its hardware" is a firm filed under two words.
            if (entity is null || !entity.IsPerson || entity.IsUnknown || entity.Key.IndexOf(' ') < 0 || (entity.Quotes == 0 && entity.Gender == '\0' && entity.TitledGender == '\0')) return;
            entity.Mentions.Add(mention.Span);
            Touch(entity);
        }

        private bool NoteRoledOneWordName(Mention mention)
        {
            if (mention.Kind != MentionKind.Name || mention.NameWords.Length != 1 || mention.Conjoined || mention.Article is not null) return false;
            string head = NounPhrases.RoleHeadOf(mention);
            if (!NounPhrases.PersonTitleBeforeOneWord(head) || HasOrganisationWord(mention.NameWords) || !TitleWrittenBefore(mention, head)) return false;
            Entity entity = FindOrCreateName(mention, create: true)!;
            if (!entity.IsPerson && !entity.IsUnknown) return false; // a body known by name stays one
            entity.IsPerson = true;
            entity.IsUnknown = false;
            entity.Mentions.Add(mention.Span);
            Touch(entity);
            return true;
        }

        /// <summary>
        /// The title stands right before the name or opens the mention ("Barca midfielder Deco",
        /// "Lord Janner"): a role given in an appositive after it ("Lord Campbell-Savours, a former
        /// MP, challenged Mr Brown to deny reports that he had told") is read from further on.
        /// </summary>
        private bool TitleWrittenBefore(Mention mention, string head)
        {
            if (mention.Text.StartsWith(head + " ", StringComparison.Ordinal)) return true;
            int end = mention.Span.Start;
            while (end > 0 && text[end - 1] == ' ') end--;
            int start = end - head.Length;
            return start >= 0 && string.CompareOrdinal(text, start, head, 0, head.Length) == 0 && (start == 0 || !char.IsLetter(text[start - 1]));
        }
    }
}
