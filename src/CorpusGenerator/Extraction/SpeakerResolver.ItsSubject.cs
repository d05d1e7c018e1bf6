namespace CorpusGenerator.Extraction
{
    /// <summary>"Electrolux saw its shares rise after it said ...": an "it" nothing else resolves is the organisation the sentence, or the one before, is about.</summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>The named subject of the sentence being read and of the one before it (null when it had none).</summary>
        private SentenceSubject? subjectNow, subjectBefore;

        /// <summary>
        /// A sentence's named subject; <paramref name="SharesIn"/> when written "Shares in X": X is a
        /// listed organisation whatever its name looks like; <paramref name="AfterThe"/> when written
        /// after an opening "The" ("The American Film Institute hailed"), taken only by an "it" and
        /// only when it names a known organisation (ArticleSubjects): "The Northern Ireland runner",
        /// "The United States ..., they argue" name no person and no "they".
        /// </summary>
        private sealed record SentenceSubject(Mention Mention, bool SharesIn, bool AfterThe = false);

        /// <summary>Called once per sentence, in order, with the name that opens it as its subject, or null.</summary>
        public void NoteSentenceSubject(Mention? subject, bool sharesIn, bool afterThe = false)
        {
            subjectBefore = subjectNow;
            subjectNow = subject is null ? null : new SentenceSubject(subject, sharesIn, afterThe);
            ShiftDescribedOrganisation(); // (DescribedSubjects)
            ShiftWritingSubject(); // (WritingSubjects)
        }

        /// <summary>
        /// The organisation an "it" stands for when nothing spoken of before does: a firm named as
        /// the subject of its own sentence is usually never quoted by name, only by "it" ("Electrolux
        /// saw its shares rise 14% on Tuesday after it said ...", "Shares in American Express surged
        /// after it said ...", "German investment bank Deutsche Bank has challenged ... In a court
        /// filing on Tuesday, it said ..."). Those quotes had no speaker, since a name that never
        /// spoke was not among the candidates. The subject of this sentence or of the one before is
        /// taken: in the same sentence any name not known as a person with a gender, title or role
        /// (two capitalised words pass for a person's: "Virgin Blue"); from the sentence before,
        /// only a known organisation, since "It said" after "John Smith published the report." is
        /// the report, and a lone word there may be anything ("Elan finished down"). A name after
        /// "Shares in" is a listed firm even with a role before it ("Shares in Australian budget
        /// airline Virgin Blue"). "It is understood that" names no one. Two candidates at most:
        /// constant work.
        /// </summary>
        private Entity? SubjectForIt(Mention pronoun)
        {
            if (pronoun.Text.Equals("they", System.StringComparison.OrdinalIgnoreCase)) return SubjectForThey(pronoun); // (TheySubject)
            if (!pronoun.Text.Equals("it", System.StringComparison.OrdinalIgnoreCase) || ImpersonalIt(pronoun.Span.End)) return null;
            SentenceSubject? subject = subjectNow is not null && subjectNow.Mention.Span.End <= pronoun.Span.Start ? subjectNow : null;
            bool sameSentence = subject is not null;
            if (subject is null && DescribedOrganisationFor(pronoun, sameSentence: true) is Entity described) return described; // "The Japanese government has forecast ... While it predicts" (DescribedSubjects)
            if (subject is null && subjectBefore is not null && subjectBefore.Mention.Span.End <= pronoun.Span.Start) subject = subjectBefore;
            if (subject is null) return DescribedOrganisationFor(pronoun, sameSentence: false); // "the Venezuelan government has expanded ... It recently said" (DescribedSubjects)
            Mention m = subject.Mention;
            if ((m.Titled && !subject.SharesIn) || m.Conjoined || m.NameWords.Length == 0) return null;
            Entity? e = FindOrCreateName(m, create: true);
            if (e is null || e.Gender != '\0' || e.TitledGender != '\0' || (e.IsPerson && e.Role is not null && !subject.SharesIn)) return null;
            if ((e.IsPerson || e.IsUnknown) && ((!sameSentence && !subject.SharesIn) || subject.AfterThe)) return null;
            e.Mentions.Add(m.Span);
            return e;
        }

        /// <summary>"it is understood", "it was thought": an impersonal "it", no speaker's.</summary>
        private bool ImpersonalIt(int end)
        {
            int i = end;
            while (i < text.Length && text[i] == ' ') i++;
            return string.CompareOrdinal(text, i, "is ", 0, 3) == 0 || string.CompareOrdinal(text, i, "was ", 0, 4) == 0;
        }
    }
}
