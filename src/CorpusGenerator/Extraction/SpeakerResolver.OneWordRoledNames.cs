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

        private bool NoteRoledOneWordName(Mention mention)
        {
            if (mention.Kind != MentionKind.Name || mention.NameWords.Length != 1 || mention.Conjoined || mention.Article is not null) return false;
            if (!NounPhrases.PersonTitleBeforeOneWord(NounPhrases.RoleHeadOf(mention)) || HasOrganisationWord(mention.NameWords)) return false;
            Entity entity = FindOrCreateName(mention, create: true)!;
            if (!entity.IsPerson && !entity.IsUnknown) return false; // a body known by name stays one
            entity.IsPerson = true;
            entity.IsUnknown = false;
            entity.Mentions.Add(mention.Span);
            Touch(entity);
            return true;
        }
    }
}
