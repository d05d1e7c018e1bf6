using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "Later in the day, the agency said it would cooperate.": what stands before the subject
    /// only says when, where or under what condition; what the cue reports follows it.
    /// </summary>
    public class FrontedAdverbialTests
    {
        [Fact]
        public void A_subject_pronoun_after_a_phrase_of_time_starts_a_clause_that_is_reported()
        {
            ExtractedArticle a = Extracted.From("On Tuesday she lost the county vote but kept her seat, according to complete but unofficial returns.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("On Tuesday she lost the county vote but kept her seat", q.Span.Of(a.Text));
        }

        [Fact]
        public void A_time_phrase_before_the_subject_is_not_what_was_said()
        {
            ExtractedArticle a = Extracted.From("Later in the day, Chief Ana Daniels said it would cooperate.");
            ExtractedQuote q = a.Quote("it would cooperate");
            Assert.Equal("Ana Daniels", a.MentionOf(q));
            Assert.DoesNotContain("Later", q.Span.Of(a.Text));
        }

        [Fact]
        public void Adverbial_pieces_before_the_subject_are_not_what_was_said()
        {
            ExtractedArticle a = Extracted.From(
                "As for the stadium, Mayor Linda Oduya said she was calm. In March, after the flood receded, Oduya said fields had dried.");
            Assert.Equal("Linda Oduya", a.MentionOf(a.Quote("she was calm")));
            Assert.Equal("Oduya", a.MentionOf(a.Quote("fields had dried")));
            Assert.DoesNotContain(a.QuoteTexts(), x => x.Contains("stadium", System.StringComparison.Ordinal) || x.Contains("flood", System.StringComparison.Ordinal));
        }

        [Fact]
        public void A_condition_with_its_main_clause_stays_what_was_said()
        {
            ExtractedArticle a = Extracted.From("If the levy passes, the town will hire ten teachers, the mayor said.");
            Assert.Contains("the town will hire", a.Quote("If the levy passes").Span.Of(a.Text));
        }
    }
}
