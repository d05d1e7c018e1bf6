using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// One mechanism reads a subject that carries a relative clause (SpeechPatterns.RelativeSubject):
    /// one walk back from the cue finds the clause, one reader reads its pronoun, and two readings
    /// take the record: the antecedent when a name inside the clause was taken for the subject,
    /// the phrase with its clause when no subject was found.
    /// </summary>
    public class RelativeSubjectTests
    {
        [Fact]
        public void The_clause_opens_at_its_farthest_who()
        {
            // Two "who" in one clause: the first one's antecedent speaks, not "families", the
            // object of "met" inside the clause.
            ExtractedArticle a = Extracted.From(
                "Several aides who met families who lost homes in the flood said the relief had come too late.");
            ExtractedQuote q = a.Quote("the relief had come too late");
            Assert.Equal("Several aides", a.MentionOf(q));
        }

        [Fact]
        public void A_name_inside_the_clause_leaves_the_antecedent_the_speaker()
        {
            ExtractedArticle a = Extracted.From(
                "Two officials who spoke with The Daily Courier said the plan had stalled.");
            ExtractedQuote q = a.Quote("the plan had stalled");
            Assert.Equal("Two officials", a.MentionOf(q));
        }

        [Fact]
        public void A_participle_nearer_the_cue_than_who_reads_the_subject()
        {
            ExtractedArticle a = Extracted.From(
                "Residents arrested at the camp said the police had used force.");
            ExtractedQuote q = a.Quote("the police had used force");
            Assert.Equal("Residents arrested at the camp", a.MentionOf(q));
        }

        [Fact]
        public void That_before_a_verb_and_whose_open_the_phrase_with_its_clause()
        {
            ExtractedArticle a = Extracted.From(
                "Some parents whose children were moved say the district broke its word. Unions that have backed the mayor say the deal is fair.");
            Assert.Equal("Some parents whose children were moved", a.MentionOf(a.Quote("the district broke its word")));
            Assert.Equal("Unions that have backed the mayor", a.MentionOf(a.Quote("the deal is fair")));
        }
    }
}
