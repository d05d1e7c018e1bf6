using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"conceded a penalty", "conceded six goals": giving something away in a match, not saying.</summary>
    public class ConcededInMatchTests
    {
        [Fact]
        public void A_penalty_conceded_is_no_report()
        {
            ExtractedArticle a = Extracted.From("When Wales conceded a penalty close to their own line, England kicked it to touch.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void Goals_conceded_are_no_report()
        {
            ExtractedArticle a = Extracted.From("The Londoners have conceded six goals in their two subsequent League outings.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void A_conceded_clause_stays_a_report()
        {
            ExtractedArticle a = Extracted.From("The manager conceded the penalty was soft.");
            Assert.Contains("the penalty was soft", a.QuoteTexts());
        }
    }
}
