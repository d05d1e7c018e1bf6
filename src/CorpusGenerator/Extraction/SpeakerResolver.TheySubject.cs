namespace CorpusGenerator.Extraction
{
    /// <summary>"House of Lords law lords ruled ... They said": a "they" nothing else resolves is the body the sentence, or the one before, is about.</summary>
    internal sealed partial class SpeakerResolver
    {
        /// <summary>
        /// British news writes a body as "they" as often as "it" ("House of Lords law lords ruled
        /// against the detention measures last week. They said it was wrong ...", "Franz Ferdinand
        /// had a question they asked themselves"). Those quotes had no speaker, since the body never
        /// spoke by name. The same sentence subjects as <see cref="SubjectForIt"/> are taken (this
        /// sentence's, else the one before's in the same paragraph), but only a single name known as
        /// an organisation. Left alone: a person; a lone word nothing has classified, too often a
        /// capitalised opener ("Iraq, they insisted", "Opposition parties ... they accuse"); a name
        /// with a gender or title; two names joined by "and" ("Labour and the Tories ... they
        /// insist": several); a "they" after "as" ("as they say": anyone). Constant work.
        /// </summary>
        private Entity? SubjectForThey(Mention pronoun)
        {
            if (PrecededByAs(pronoun.Span.Start)) return null;
            SentenceSubject? subject = subjectNow is not null && subjectNow.Mention.Span.End <= pronoun.Span.Start ? subjectNow : null;
            if (subject is null && subjectBefore is not null && subjectBefore.Mention.Span.End <= pronoun.Span.Start && SameParagraph(subjectBefore.Mention.Span.End, pronoun.Span.Start)) subject = subjectBefore;
            if (subject is null || subject.AfterThe) return null; // "The United States ..., they argue" (ArticleSubjects)
            Mention m = subject.Mention;
            if (m.Titled || m.Conjoined || m.NameWords.Length == 0) return null;
            Entity? e = FindOrCreateName(m, create: true);
            if (e is null || e.IsPerson || e.IsUnknown || e.Conjoined || e.Gender != '\0' || e.TitledGender != '\0') return null;
            e.Mentions.Add(m.Span);
            return e;
        }

        /// <summary>Longest gap read between the sentence before's subject and the pronoun: constant work.</summary>
        private const int TheyGap = 400;

        /// <summary>
        /// No line break between <paramref name="from"/> and <paramref name="to"/>, at most
        /// <see cref="TheyGap"/> characters apart: "BBC News investigates how the network worked.
        /// ¶¶They called themselves Drink Or Die" opens a new paragraph on someone else.
        /// </summary>
        private bool SameParagraph(int from, int to) => to - from <= TheyGap && text.IndexOf('\n', from, to - from) < 0;

        /// <summary>"as they say": the word before the pronoun is "as".</summary>
        private bool PrecededByAs(int start)
        {
            int i = start - 1;
            while (i >= 0 && text[i] == ' ') i--;
            return i >= 1 && (text[i] == 's' || text[i] == 'S') && (text[i - 1] == 'a' || text[i - 1] == 'A') && (i < 2 || !char.IsLetter(text[i - 2]));
        }
    }
}
