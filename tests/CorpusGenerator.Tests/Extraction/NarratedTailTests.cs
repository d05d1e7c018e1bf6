using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "Sony has said it wanted to launch the PSP in Europe at the same time as the US, but gamers
    /// will now fear that the launch has been put back.": a clause after ", but" with its own subject
    /// and a verb of thinking, or in the writer's present after a report put in the past, is the
    /// writer's, and the content ends at the comma.
    /// </summary>
    public class NarratedTailTests
    {
        [Fact]
        public void A_present_tense_clause_after_a_backshifted_report_is_the_writer_s()
        {
            ExtractedArticle a = Extracted.From("Sony has said it wanted to launch the console in Europe at the same time as the US, but gamers will now fear that the launch has been put back.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("it wanted to launch the console in Europe at the same time as the US", q.Span.Of(a.Text));
        }

        [Fact]
        public void Another_subject_s_view_after_although_is_not_what_was_predicted()
        {
            ExtractedArticle a = Extracted.From("Some economists have predicted rates will drop later in the year, although others feel the Bank may still raise them.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("rates will drop later in the year", q.Span.Of(a.Text));
        }

        [Fact]
        public void A_phrase_of_time_may_open_the_writer_s_tail_before_its_subject()
        {
            ExtractedArticle a = Extracted.From("The world number one had said that she would quit at the end of last year, but after a successful season she has had a change of heart.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("she would quit at the end of last year", q.Span.Of(a.Text));
        }

        [Fact]
        public void A_tail_in_the_reported_past_stays_reported()
        {
            ExtractedArticle a = Extracted.From("His spokesman said it was highly unlikely he would give Labour more money, although he would remain a supporter.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.EndsWith("although he would remain a supporter", q.Span.Of(a.Text), System.StringComparison.Ordinal);
        }
    }
}
