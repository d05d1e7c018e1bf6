using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"He wrote Ring of Fire with June Carter Cash": a titled work written with someone reports nothing.</summary>
    public class TitledWorkTests
    {
        [Theory]
        [InlineData("He wrote Ring of Fire with June Carter Cash, the future wife of Johnny Cash.")]
        [InlineData("He then wrote The Day the Music Died with Paul Simon in 1970.")]
        public void Writing_a_titled_work_with_someone_is_no_quote(string sentence)
        {
            Assert.Empty(Extracted.From(sentence).Quotes);
        }

        [Fact]
        public void A_clause_after_wrote_is_still_reported()
        {
            ExtractedArticle a = Extracted.From("He wrote Obama was wrong with his plan.");
            Assert.Equal("Obama was wrong with his plan", Assert.Single(a.Quotes).Span.Of(a.Text));
        }
    }
}
