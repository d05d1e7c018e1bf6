using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"claimed her fourth national title": winning a prize reports nothing; "claimed the court had erred" does.</summary>
    public class ClaimedPrizeTests
    {
        [Fact]
        public void Claiming_a_prize_is_no_quote()
        {
            ExtractedArticle a = Extracted.From(
                "Hammer thrower Lucy Brand claimed her fourth national title with a throw of 65.27m. Her club-mate Ann Hale claimed the top spot in the 800m race.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void A_claim_with_a_clause_stays_a_quote()
        {
            ExtractedArticle a = Extracted.From("Club chairman Tom Harlow claimed the title race had been decided by the referees.");
            Assert.Single(a.Quotes);
        }
    }
}
