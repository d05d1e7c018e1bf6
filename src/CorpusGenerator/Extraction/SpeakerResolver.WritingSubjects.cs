using System;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Other than its warning on possible tax hikes, the NIESR report was optimistic about the
    /// state of the UK and global economy. It said ...", "The book, by Sunday Telegraph journalist
    /// Robert Peston and serialised in the newspaper, said the pair had ... It claims ...", "The
    /// study, from the Centre for Economic Policy Research, does not praise ... But it argues":
    /// a writing whose author the text names, the subject of its sentence, is what the "It" opening
    /// the next sentence stands for, and its words are its author's, as "the NIESR report said"
    /// is NIESR's (WritingAuthors). A writing's author is skipped by pronouns in general
    /// (<see cref="Entity.NamedAsAuthor"/>: "according to a Gallup poll", then "they say" is
    /// no pollster), so these quotes had no speaker; here the "it" is the writing, not its author.
    /// A writing with no author named names no one: its "It" has the speaker the writing itself
    /// was given when it spoke ("The report said ... It also called on", the World Bank's report),
    /// and none when that was none ("A letter sent to the council said ... It said").
    /// </summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>A writing that is the subject of its sentence, with the author named after it (null when none is, or it is named before the noun).</summary>
        private sealed class WritingSubject
        {
            public WritingSubject(Mention writing, Mention? authorAfter)
            {
                Writing = writing;
                AuthorAfter = authorAfter;
            }

            public Mention Writing { get; }

            public Mention? AuthorAfter { get; }

            /// <summary>Whether the writing is a speaker of its sentence ("The report said ..."), resolved to <see cref="SpokenAs"/>.</summary>
            public bool Spoke { get; set; }

            public Entity? SpokenAs { get; set; }
        }

        /// <summary>The writing subject of the sentence being read, of the one before, and one noted for the next sentence.</summary>
        private WritingSubject? writingNow, writingBefore, writingPending;

        /// <summary>Works that, like the writings of <see cref="RoleLexicon.IsDocument"/>, say things in their author's name.</summary>
        private static readonly WordSet AuthoredWorks = new WordSet("book", "article", "biography", "memoir", "memoirs", "essay");

        /// <summary>Whether <paramref name="word"/> is the noun of an authored work ("book", "biography").</summary>
        internal static bool IsAuthoredWork(string word) => AuthoredWorks.Contains(word);

        /// <summary>Called for the phrase that is a sentence's subject, before <see cref="NoteSentenceSubject"/>, with the author named after it.</summary>
        public void NoteWritingSubject(Mention writing, Mention? authorAfter)
        {
            if (writingPending is not null || writing.NameWords.Length == 0) return;
            string head = writing.NameWords[writing.NameWords.Length - 1];
            if (head.Length == 0 || !char.IsLower(head[0]) || !(RoleLexicon.IsDocument(head) || AuthoredWorks.Contains(head))) return;
            writingPending = new WritingSubject(writing, authorAfter);
        }

        private void ShiftWritingSubject()
        {
            writingBefore = writingNow;
            writingNow = writingPending;
            writingPending = null;
        }

        /// <summary>
        /// The author of the writing that is this sentence's subject, for its phrase kept as
        /// written ("The book, by ... Robert Peston ..., said"), with the mention noted on it; null
        /// when <paramref name="mention"/> is not that writing or no author is named after it.
        /// </summary>
        public Entity? AuthorOfWrittenSubject(Mention mention)
        {
            Entity? e = AuthorOfSubjectWriting(mention);
            if (e is null) return null;
            e.Mentions.Add(mention.Span);
            Touch(e);
            e.VoicedByWriting = true;
            return e;
        }

        /// <summary>
        /// The author of the writing that is this sentence's subject when <paramref name="mention"/>
        /// is that writing and its author is named after it ("The book, by ... Robert Peston ...,
        /// said"); null otherwise.
        /// </summary>
        private Entity? AuthorOfSubjectWriting(Mention mention) =>
            writingNow is not null && writingNow.AuthorAfter is not null && writingNow.Writing.Span.Start == mention.Span.Start ? AuthorOf(writingNow) : null; // the phrase perhaps with its postmodifier ("The research, carried out by ...,")

        /// <summary>
        /// Whether <paramref name="pronoun"/> is an "it" that opens its sentence (perhaps after
        /// "But" or "And") right after a sentence whose subject was a writing: it stands for that
        /// writing, and <paramref name="author"/> is the writing's author, or null when the text
        /// names none ("A letter sent to Martin Mubanga said ... It said": the letter's, whoever
        /// wrote it, not the organisation last named). An impersonal "It is understood" is none.
        /// </summary>
        private bool ItStandsForWriting(Mention pronoun, out Entity? author)
        {
            author = null;
            if (writingBefore is null || !pronoun.Text.Equals("it", StringComparison.OrdinalIgnoreCase) || ImpersonalIt(pronoun.Span.End)) return false;
            if (writingBefore.Writing.Span.End > pronoun.Span.Start || !OpensSentenceAfterConjunction(pronoun.Span.Start)) return false;
            author = AuthorOf(writingBefore);

            // "The report said even more would be on the poverty line ... It also called on": the
            // "It" is the report, whoever the report was found to be (the World Bank named before).
            if (author is null && !writingBefore.Spoke) return false;
            author ??= writingBefore.SpokenAs;
            return true;
        }

        /// <summary>Records that <paramref name="speaker"/>, when it is the writing this sentence opens on, was resolved to <paramref name="entity"/>.</summary>
        public void NoteSpeakerOfWriting(Mention speaker, Entity? entity)
        {
            if (writingNow is null || speaker.Span.Start != writingNow.Writing.Span.Start) return;
            writingNow.Spoke = true;
            writingNow.SpokenAs = entity;
        }

        /// <summary>The writing's author: named after it, before its noun ("the NIESR report"), or as its owner ("Mr Peston's book").</summary>
        private Entity? AuthorOf(WritingSubject w)
        {
            if (w.AuthorAfter is not Mention m) return AuthorNamedBeforeWriting(w.Writing) ?? FindOwnerOfWriting(w.Writing, new TextRange(w.Writing.Span.End, w.Writing.Span.End));
            int known = entities.Count;
            Entity? author = FindOrCreateName(m, create: true);
            if (author is not null && entities.Count > known)
            {
                author.IsUnknown = false;
                author.NamedAsAuthor = true; // an organisation until the text says otherwise, as "a Gallup poll" makes Gallup
            }

            return author;
        }

        /// <summary>Whether only "But", "And" or "Yet" stands between <paramref name="position"/> and the start of its sentence.</summary>
        private bool OpensSentenceAfterConjunction(int position)
        {
            if (OpensSentence(position)) return true;
            int end = position - 1;
            while (end >= 0 && text[end] == ' ') end--;
            int start = end;
            while (start >= 0 && end - start < 4 && char.IsLetter(text[start])) start--;
            string word = text.Substring(start + 1, end - start);
            return (word == "But" || word == "And" || word == "Yet") && OpensSentence(start + 1);
        }
    }
}
