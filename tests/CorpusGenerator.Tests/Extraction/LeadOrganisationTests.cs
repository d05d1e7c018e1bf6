using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"German chemicals firm Acmewerk saw ...", then "The company said": a bare "the company" is the business the article opens on, not the last organisation named.</summary>
    public class LeadOrganisationTests
    {
        [Fact]
        public void The_company_is_the_firm_of_the_lead_not_the_event_named_last()
        {
            ExtractedArticle a = Extracted.From(
                "Profits rise at Zorbex\n\nUK advertising giant Zorbex has posted larger-than-expected annual profits.\n\n" +
                "Events such as the Grand Regatta helped boost sales in 2004. The company said the Winter Festival was likely to bring more work.");
            Assert.Equal("Zorbex", a.SpeakerOf(a.Quote("the Winter Festival was likely to bring more work")));
        }

        [Fact]
        public void The_club_is_the_club_of_the_lead()
        {
            ExtractedArticle a = Extracted.From(
                "Rescue for Kelbury\n\nShares in struggling football club Kelbury Rovers slipped on Monday after a vote at the Trade Council.\n\n" +
                "The club said it had agreed a rescue plan with its creditors.");
            Assert.Equal("Kelbury Rovers", a.SpeakerOf(a.Quote("it had agreed a rescue plan with its creditors")));
        }

        [Fact]
        public void The_company_is_the_parent_of_the_lead_not_a_subsidiary_named_after_it()
        {
            ExtractedArticle a = Extracted.From(
                "Rheinwerk sees gain\n\nGerman telecoms firm Rheinwerk Telekom saw strong fourth quarter profits on the back of upbeat US mobile earnings.\n\n" +
                "A year ago, debt was higher. Rheinmobil America, the company's American mobile business, made a strong contribution to profits. The company also said it would resume paying a dividend.");
            Assert.Equal("Rheinwerk Telekom", a.SpeakerOf(a.Quote("it would resume paying a dividend")));
        }

        [Fact]
        public void A_firm_named_late_in_a_market_roundup_lead_is_not_the_company()
        {
            ExtractedArticle a = Extracted.From(
                "Stocks edge up\n\nStocks on Wall Street ended higher on Friday, helped by results from Zoogle's parent company, Alphaco, and the retailer Zamazon.\n\n" +
                "The Dow was held back by a drop in the oil giant Exxor Mobil. The company reported its smallest quarterly profit in 17 years.");
            Assert.NotEqual("Zamazon", a.SpeakerOf(a.Quote("its smallest quarterly profit in 17 years")));
        }
    }
}
