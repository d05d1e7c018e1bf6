using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "But the Man Utd supporters club urged the club to reject the new deal": a body named by
    /// its members is not the organisation last named.
    /// </summary>
    public class MembersBodyTests
    {
        [Fact]
        public void A_supporters_club_is_not_the_club_last_named()
        {
            ExtractedArticle a = Extracted.From(
                "Shares in Manchester United rose on Monday after a fresh bid. The board is obliged to consider the deal. But the Man Utd supporters club urged the club to reject the new deal.");
            Assert.Equal("the Man Utd supporters club", a.SpeakerOf(a.Quote("the club to reject the new deal")));
        }
    }
}
