using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"X continued to assert that ...": "continue to" carries the saying on, and its subject speaks the cue after it.</summary>
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
        public void Continuing_to_do_something_reports_nothing()
        {
            Assert.Empty(Extracted.From("The inquiry closed.\n\nPrices continued to rise through the winter.").Quotes);
        }
    }
}
