using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>A writing that is a sentence's subject, with the author named after it, for the "It" of the next sentence (SpeakerResolver.WritingSubjects).</summary>
    internal sealed partial class ExtractionRun
    {
        /// <summary>
        /// Tells the resolver that <paramref name="subject"/>, the phrase the sentence's subject
        /// was read from, is a writing ("the NIESR report was optimistic", "The book, by X, said"),
        /// with the author named after it (SpeechPatterns.WritingSubjects). Only a phrase that a
        /// verb or a comma follows: "The report's findings" is no writing speaking.
        /// </summary>
        private void NoteWritingSubject(List<Token> t, Sentence sentence, Mention? subject)
        {
            subject ??= SpeechPatterns.OpeningWork(text, t, sentence); // "The book, by ..." (WritingSubjects)
            if (subject is null || (subject.Kind != MentionKind.Description && subject.Kind != MentionKind.Group) || subject.End >= sentence.End) return;
            if (!FollowedByVerb(t, subject.End, sentence) && !t[subject.End].IsPunct(',')) return;
            resolver.NoteWritingSubject(subject, SpeechPatterns.AuthorOfSubjectWriting(text, t, sentence, subject));
        }
    }
}
