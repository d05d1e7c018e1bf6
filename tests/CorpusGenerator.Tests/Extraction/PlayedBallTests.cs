using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Henry teased a shot through a ruck of players": a ball played in a match, not speech.</summary>
    public class PlayedBallTests
    {
        [Fact]
        public void A_shot_teased_is_no_report()
        {
            ExtractedArticle a = Extracted.From("Henry teased a shot through a ruck of players and inches wide.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void A_shot_snapped_in_is_no_report()
        {
            ExtractedArticle a = Extracted.From("Didier Drogba snapped in an angled shot to force the keeper into a smart save.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void A_teasing_clause_stays_a_report()
        {
            ExtractedArticle a = Extracted.From("The manager teased that his striker would be back for the final.");
            Assert.Contains("his striker would be back for the final", a.QuoteTexts());
        }
    }
}
