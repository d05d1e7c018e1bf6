using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"C, Mr Mendis told reporters, although he would not say by how much": the concession is the journalist's.</summary>
    public class ConcessiveAsideTests
    {
        [Theory]
        [InlineData("Growth in the first half will slow, Mr Mendis told reporters, although he would not say by how much.")]
        [InlineData("Growth in the first half will slow, Mr Mendis said, although he would not say by how much.")]
        [InlineData("Growth in the first half will slow, Mr Mendis told reporters on Monday, though he gave no figure.")]
        public void A_concession_about_the_speaker_after_the_attribution_is_not_reported(string sentence)
        {
            ExtractedArticle a = Extracted.From(sentence);
            Assert.Equal("Growth in the first half will slow", Assert.Single(a.Quotes).Span.Of(a.Text));
        }

        [Fact]
        public void A_concession_about_something_else_may_be_reported()
        {
            ExtractedArticle a = Extracted.From("Growth will slow, Mr Mendis said, though it would recover.");
            Assert.Contains("though it would recover", Assert.Single(a.Quotes).Span.Of(a.Text), System.StringComparison.Ordinal);
        }
    }
}
