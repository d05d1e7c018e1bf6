using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "Most Gibraltarians said in a referendum they wanted to remain British": a phrase opened by
    /// a preposition between the cue and a subject pronoun says where or when, and the report
    /// starts at the pronoun.
    /// </summary>
    public class AdjunctBeforeSubjectTests
    {
        [Fact]
        public void A_place_phrase_before_a_pronoun_is_left_out()
        {
            ExtractedArticle a = Extracted.From("The vote was held last year. Most islanders said in a referendum they wanted to remain British.");
            ExtractedQuote q = a.Quote("remain British");
            Assert.Equal("they wanted to remain British", q.Span.Of(a.Text));
        }

        [Fact]
        public void A_time_phrase_with_a_possessive_before_a_pronoun_is_left_out()
        {
            ExtractedArticle a = Extracted.From("Steven Gerrard had said before Wednesday's game he would consider leaving the club.");
            ExtractedQuote q = a.Quote("consider leaving");
            Assert.Equal("he would consider leaving the club", q.Span.Of(a.Text));
        }

        [Fact]
        public void There_before_a_finite_verb_opens_the_report()
        {
            ExtractedArticle a = Extracted.From("The show ended in 2003. But the broadcaster said at the time there were no plans for a comeback.");
            ExtractedQuote q = a.Quote("no plans");
            Assert.Equal("there were no plans for a comeback", q.Span.Of(a.Text));
        }

        [Fact]
        public void A_preposition_and_one_lower_case_word_stays_in_the_report()
        {
            ExtractedArticle a = Extracted.From("Kelli White said at first he tried to cover up what he was doing.");
            ExtractedQuote q = a.Quote("cover up");
            Assert.Equal("at first he tried to cover up what he was doing", q.Span.Of(a.Text));
        }
    }
}
