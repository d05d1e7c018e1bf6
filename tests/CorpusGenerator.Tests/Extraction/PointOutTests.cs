using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"point out" is a two-word verb of saying when a "that" clause, colon or quotation follows it.</summary>
    public class PointOutTests
    {
        [Fact]
        public void Pointed_out_that_reports_its_clause()
        {
            ExtractedArticle a = Extracted.From("Ann Brody pointed out that the bridge had never been inspected.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("the bridge had never been inspected", q.Span.Of(a.Text));
            Assert.Equal("Ann Brody", a.MentionOf(q));
            Assert.Equal("pointed out", a.CueOf(q));
        }

        [Fact]
        public void Pointing_out_a_thing_is_no_speech()
        {
            Assert.Empty(Extracted.From("Ann Brody pointed out the window at the bridge.").Quotes);
        }
    }
}
