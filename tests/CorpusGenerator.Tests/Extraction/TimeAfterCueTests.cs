using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "The club said on Thursday it had signed a new agreement.", "The firm said last week it was
    /// offering voluntary redundancy.": the time right after the cue says when, and the content
    /// starts at its subject.
    /// </summary>
    public class TimeAfterCueTests
    {
        [Fact]
        public void On_and_a_day_after_the_cue_is_left_out()
        {
            ExtractedArticle a = Extracted.From("The club said on Thursday it had signed a new four-year agreement with the brewer.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("it had signed a new four-year agreement with the brewer", q.Span.Of(a.Text));
        }

        [Fact]
        public void Last_week_after_the_cue_is_left_out()
        {
            ExtractedArticle a = Extracted.From("The newspaper said last week it was offering voluntary redundancy to about 30 reporters.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("it was offering voluntary redundancy to about 30 reporters", q.Span.Of(a.Text));
        }

        [Fact]
        public void This_as_the_content_s_subject_stays()
        {
            ExtractedArticle a = Extracted.From("Analysts say this may allow an upward revision of economic growth.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("this may allow an upward revision of economic growth", q.Span.Of(a.Text));
        }
    }
}
