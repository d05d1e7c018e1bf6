using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "as Breitbart reported a few days later": a measure of time closed by "later", "earlier" or
    /// "ago" says when the words went out, and reports nothing said.
    /// </summary>
    public class MeasuredTimeTests
    {
        [Fact]
        public void A_measured_time_after_the_cue_is_no_content()
        {
            ExtractedArticle a = Extracted.From("The hosts discussed a walkout, as the Daily Ledger reported a few days later. The paper had said so two weeks ago.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void Words_before_later_that_are_no_time_stay_content()
        {
            ExtractedArticle a = Extracted.From("Lena Park said the council would add more bus routes later.");
            Assert.Equal("the council would add more bus routes later", a.Quote("bus routes").Span.Of(a.Text));
        }
    }
}
