using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"the company", "the firm" is a business: never the market, court, show or public body last named; no speaker rather than one of those.</summary>
    public class NonBusinessTests
    {
        [Fact]
        public void The_company_is_not_the_market_last_named()
        {
            ExtractedArticle a = Extracted.From(
                "Doughnut shares hit\n\nShares in Krumble Donuts took a dunking on Wall Street after the firm said it would restate its reports.\n\n" +
                "The company warned the move would cut its profits by $4m.");
            Assert.Null(a.SpeakerOf(a.Quote("the move would cut its profits by $4m")));
        }

        [Fact]
        public void The_firm_is_not_the_show_last_named()
        {
            ExtractedArticle a = Extracted.From(
                "Car sales up\n\nCar sales rose strongly in 2004, figures showed on Monday.\n\n" +
                "Sales totalled 3.9 million units, the company said at the Turin Motor Show.");
            Assert.Null(a.SpeakerOf(a.Quote("Sales totalled 3.9 million units")));
        }

        [Fact]
        public void The_firm_is_still_the_business_last_named()
        {
            ExtractedArticle a = Extracted.From(
                "Car sales up\n\nCar sales rose strongly in 2004, figures showed on Monday.\n\n" +
                "Sales totalled 3.9 million units, Brakko Motors said. The firm said it would hire 500 staff.");
            Assert.Equal("Brakko Motors", a.SpeakerOf(a.Quote("it would hire 500 staff")));
        }
    }
}
