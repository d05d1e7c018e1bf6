using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"X continued to assert that ...", "X went on to explain ...": the aspect verb carries the saying on, and its subject speaks the cue after it.</summary>
    public class ContinuesToTests
    {
        [Fact]
        public void Continued_to_assert_reports_for_the_subject()
        {
            ExtractedArticle a = Extracted.From("The inquiry closed.\n\nMarta Lindqvist continued to assert that she never saw the report.");
            ExtractedQuote q = a.Quote("she never saw the report");
            Assert.Equal("assert", a.CueOf(q));
            Assert.Equal("Marta Lindqvist", a.MentionOf(q));
        }

        [Fact]
        public void Is_continuing_to_insist_without_that()
        {
            ExtractedArticle a = Extracted.From("The inquiry closed.\n\nMarta Lindqvist is continuing to insist she will publish the report.");
            Assert.Equal("insist", a.CueOf(a.Quote("she will publish the report")));
        }

        [Fact]
        public void Went_on_to_explain_reports_for_a_named_subject_as_continued_to_does()
        {
            // One rule for both aspects (AspectBeforeCue): "went on to" once lost its singular
            // named subject, whose base-form cue was read as a noun ("Facebook post").
            ExtractedArticle a = Extracted.From("The inquiry closed.\n\nMarta Lindqvist went on to explain how the cuts had left the unit short of staff.");
            ExtractedQuote q = a.Quote("how the cuts had left");
            Assert.Equal("explain", a.CueOf(q));
            Assert.Equal("Marta Lindqvist", a.MentionOf(q));
        }

        [Fact]
        public void Continuing_to_do_something_reports_nothing()
        {
            Assert.Empty(Extracted.From("The inquiry closed.\n\nPrices continued to rise through the winter.").Quotes);
        }
    }
}
