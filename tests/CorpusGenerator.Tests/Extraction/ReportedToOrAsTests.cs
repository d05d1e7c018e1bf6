using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"report daily to a police station", "which it had reported as advertising revenue": reporting to someone or booking a sum as something says nothing.</summary>
    public class ReportedToOrAsTests
    {
        [Fact]
        public void Reporting_daily_to_a_police_station_is_no_report()
        {
            ExtractedArticle a = Extracted.From("He must also surrender his passport and report daily to a local police station.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void A_sum_reported_as_revenue_is_no_report()
        {
            ExtractedArticle a = Extracted.From("The deal covered the purchase of a stake in AOL Europe, which it had reported as advertising revenue.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void Reported_earnings_stay_a_report()
        {
            ExtractedArticle a = Extracted.From("Wimpey reported a 19% rise in profits to £450.7m.");
            Assert.Contains("a 19% rise in profits to £450.7m", a.QuoteTexts());
        }

        [Fact]
        public void Reported_to_police_that_stays_a_report()
        {
            ExtractedArticle a = Extracted.From("The firm reported to police that its offices had been burgled.");
            Assert.Contains("its offices had been burgled", a.QuoteTexts());
        }
    }
}
