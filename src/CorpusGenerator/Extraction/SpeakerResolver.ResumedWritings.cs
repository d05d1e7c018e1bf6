using System;

namespace CorpusGenerator.Extraction
{
    /// <summary>"An IAAF statement said: ... The statement continued": the writing named again is its author's.</summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>The noun of the last writing whose author the text named ("statement" for "An IAAF statement").</summary>
        private string? lastWritingHead;

        /// <summary>The author of that writing ("IAAF").</summary>
        private Entity? lastWritingAuthor;

        /// <summary>
        /// Writings an issuer puts out under its own name, never under a title: a name before
        /// "report" or "survey" is often the title ("Oxfam's Paying the Price report", "the
        /// annual Directions survey"), and "the report" then went to "Price" or "Directions"
        /// (a first version with every writing noun changed 4 BBC quotes, 2 right).
        /// </summary>
        private static readonly WordSet IssuedWritingNouns = new WordSet("statement", "release", "letter", "memo", "email", "e-mail", "message");

        /// <summary>Whether <paramref name="noun"/> is a writing an issuer puts out under its own name ("statement", "letter").</summary>
        internal static bool IsIssuedWritingNoun(string noun) => IssuedWritingNouns.Contains(noun);

        /// <summary>Characters at most after a writing named as a speaker's medium that "the statement" still resumes it: about a paragraph.</summary>
        private const int MediumReach = 600;

        /// <summary>Where a writing named as a medium stops being resumed (<see cref="MediumReach"/>), or -1 for a writing named with its author, resumed at any distance.</summary>
        private int lastWritingReach = -1;

        /// <summary>"In a statement, the party said": the statement named ending at <paramref name="end"/> is the party's (ExtractionRun.StatementMedia).</summary>
        public void NoteWriterOf(string head, Entity author, int end)
        {
            NoteWritingAuthor(head, author);
            lastWritingReach = end + MediumReach;
        }

        /// <summary>Records that the writing with noun <paramref name="head"/> is <paramref name="author"/>'s.</summary>
        private void NoteWritingAuthor(string head, Entity? author)
        {
            lastWritingHead = author is null || !IssuedWritingNouns.Contains(head) ? null : head;
            lastWritingAuthor = author;
            lastWritingReach = -1;
        }

        /// <summary>
        /// "An IAAF statement said: ... The statement continued: ...", "a letter by the
        /// Hostway board said ... The letter added": the bare writing named again with "the" is the one named
        /// last with its author, so its words are that author's. Without this, "the statement"
        /// went to the organisation named last ("the Court of Arbitration for Sport", to which
        /// the IAAF said it would appeal) as if it were "the court". Only the same noun, bare
        /// ("the statement", not "the government's statement"), and only the last authored
        /// writing; a writing named since without an author ("a statement") ends it.
        /// </summary>
        private Entity? AuthorOfResumedWriting(Mention mention)
        {
            if (lastWritingHead is null || mention.NameWords.Length != 1 || (lastWritingReach >= 0 && mention.Span.Start > lastWritingReach)) return null;
            string head = mention.NameWords[0];
            if (!head.Equals(lastWritingHead, StringComparison.OrdinalIgnoreCase)) return null;
            string text = mention.Text;
            bool definite = text.Length == head.Length + 4 && (text.StartsWith("the ", StringComparison.Ordinal) || text.StartsWith("The ", StringComparison.Ordinal));
            return definite ? lastWritingAuthor : null;
        }

        /// <summary>A writing named without its author ("a statement") is the one a later "the statement" means.</summary>
        private void NoteUnauthoredWriting(Mention mention)
        {
            if (lastWritingHead is null || mention.NameWords.Length == 0) return;
            if (mention.NameWords[mention.NameWords.Length - 1].Equals(lastWritingHead, StringComparison.OrdinalIgnoreCase) && !mention.Text.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) lastWritingHead = null;
        }
    }
}
