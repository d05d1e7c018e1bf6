using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Bookmaker Ladbrokes said": the kind of business opening the sentence is no part of its name.</summary>
    public class OpeningKindNounTests
    {
        [Fact]
        public void A_kind_of_business_before_a_one_word_name_is_left_out()
        {
            ExtractedArticle a = Extracted.From("The contest is wide open. Bookmaker Ladbrokes said it would continue to accept bets.");
            Assert.Equal("Ladbrokes", a.SpeakerOf(a.Quote("it would continue to accept bets")));
        }

        [Fact]
        public void A_kind_of_business_before_a_firms_name_is_left_out()
        {
            ExtractedArticle a = Extracted.From("The film was a hit. Distributor Sony Pictures said production will begin next year.");
            Assert.Equal("Sony Pictures", a.SpeakerOf(a.Quote("production will begin next year")));
        }

        [Fact]
        public void A_given_name_with_an_agent_ending_stays()
        {
            ExtractedArticle a = Extracted.From("The film was a hit. Christopher Walken said he would return.");
            Assert.Equal("Christopher Walken", a.SpeakerOf(a.Quote("he would return")));
        }
    }
}
