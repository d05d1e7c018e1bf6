using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>An aside between dashes stands between a subject and its cue, as an appositive between commas does.</summary>
    public class DashAsideTests
    {
        [Theory]
        [InlineData("Ann Brody \u2014 a teacher from Dover \u2014 says she changed her vote at the last minute.")]
        [InlineData("Ann Brody -- a teacher from Dover -- says she changed her vote at the last minute.")]
        public void The_subject_before_a_dash_aside_speaks(string sentence)
        {
            ExtractedArticle a = Extracted.From(sentence);
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("she changed her vote at the last minute", q.Span.Of(a.Text));
            Assert.Equal("Ann Brody", a.MentionOf(q));
        }

        [Fact]
        public void An_unknown_subject_before_a_dash_aside_is_kept_as_written()
        {
            ExtractedArticle a = Extracted.From("Several insiders \u2014 and two of the three mayors \u2014 said the vote would fail.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("Several insiders", a.MentionOf(q));
        }
    }
}
