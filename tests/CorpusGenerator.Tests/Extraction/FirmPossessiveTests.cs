using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"According to Standard &amp; Poor's, which ...": a firm's name ending in "'s" after its ampersand (FirmPossessives).</summary>
    public class FirmPossessiveTests
    {
        [Fact]
        public void A_firm_ending_in_a_possessive_after_an_ampersand_is_the_whole_name()
        {
            ExtractedArticle a = Extracted.From(
                "Remittances rose again last year. According to Standard & Poor's, which has recently upgraded the country's rating, the rise in remittances helps protect the economy.");
            Assert.Equal("Standard & Poor's", a.SpeakerOf(a.Quote("the rise in remittances helps protect the economy")));
        }

        [Fact]
        public void A_possessive_firm_before_its_employee_still_possesses()
        {
            ExtractedArticle a = Extracted.From(
                "Markets fell on Monday. \"The outlook is weak,\" said Standard & Poor's chief economist David Wyss.");
            // The economist is the speaker; the walk still stops before the possessive firm (a known fault), but the firm never takes the "'s" here.
            Assert.NotEqual("Standard & Poor's", a.SpeakerOf(a.Quote("The outlook is weak")));
        }
    }
}
