using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Kane added the conversion, after Dale grabbed a try": scoring reports nothing; "Kane added that the pitch was poor" does.</summary>
    public class AddedScoreTests
    {
        [Fact]
        public void Adding_a_score_before_a_clause_is_no_quote()
        {
            ExtractedArticle a = Extracted.From(
                "Fly-half Tom Kane added the conversion and a further penalty, after Sam Dale almost grabbed a second try from the chip.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void Adding_words_stays_a_quote()
        {
            ExtractedArticle a = Extracted.From("Fly-half Tom Kane added the penalty was harsh on the visitors.");
            Assert.Single(a.Quotes);
        }
    }
}
