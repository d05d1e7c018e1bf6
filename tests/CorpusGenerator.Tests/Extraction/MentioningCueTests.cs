using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"mentioning" is a cue like "mention", "mentions" and "mentioned".</summary>
    public class MentioningCueTests
    {
        [Fact]
        public void Mentioning_reports_what_its_subject_said()
        {
            ExtractedArticle a = Extracted.From("Ann Brody spoke for an hour, mentioning that the bridge had never been inspected.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("the bridge had never been inspected", q.Span.Of(a.Text));
            Assert.Equal("Ann Brody", a.MentionOf(q));
            Assert.Equal("mentioning", a.CueOf(q));
        }
    }
}
