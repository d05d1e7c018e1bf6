using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Labour say ...", "Sociedad say ...": a party or club with a plural verb speaks; a name the article has not written before does not.</summary>
    public class CollectiveSayTests
    {
        [Fact]
        public void A_party_with_a_plural_say_speaks()
        {
            ExtractedArticle a = Extracted.From(
                "Later he will visit places, such as Liverpool, where Labour is targeted. Labour say a Lib Dem vote could \"let the Tories in\".");
            Assert.Equal("Labour", a.SpeakerOf(a.Quote("a Lib Dem vote could")));
        }

        [Fact]
        public void A_club_with_a_plural_say_is_the_club_named_before()
        {
            ExtractedArticle a = Extracted.From(
                "Rangers are set to loan midfielder Dragan Mladenovic to Real Sociedad.\n\n" +
                "Sociedad say they will pay Rangers £150,000, with an option to buy the player.");
            Assert.Equal("Real Sociedad", a.SpeakerOf(a.Quote("they will pay Rangers")));
        }

        [Fact]
        public void A_name_not_written_before_stays_without_a_speaker()
        {
            ExtractedArticle a = Extracted.From(
                "Leicester say they will not be rushed into making a bid for Andy Farrell.\n\n" +
                "\"We are still some way away,\" Tigers boss John Wells told BBC Radio Leicester.");
            Assert.Null(a.SpeakerOf(a.Quote("they will not be rushed")));
        }
    }
}
