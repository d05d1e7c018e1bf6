using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Zentrix has unveiled ...", "Shares in Krospy Donuts have taken a dunking ...": with no kind noun in the lead, "the company" is the firm the lead opens on.</summary>
    public class LeadSubjectOrganisationTests
    {
        [Fact]
        public void The_company_is_the_firm_opening_the_lead()
        {
            ExtractedArticle a = Extracted.From(
                "Halo sells five million\n\nZentrix is celebrating bumper sales of its shooter game.\n\n" +
                "The game has sold more than five million copies worldwide, the company said. According to Zentrix, nine out of 10 players liked it.");
            Assert.Equal("Zentrix", a.SpeakerOf(a.Quote("five million copies worldwide")));
        }

        [Fact]
        public void The_firm_is_the_one_whose_shares_the_lead_is_about()
        {
            ExtractedArticle a = Extracted.From(
                "Donut maker shares fall\n\nShares in Krospy Donuts have taken a dunking on Wall Street after a profit warning.\n\n" +
                "The company warned the move would cut its profits by $3.8m.");
            Assert.Equal("Krospy Donuts", a.SpeakerOf(a.Quote("the move would cut its profits")));
        }

        [Fact]
        public void A_capitalised_word_opening_the_lead_is_no_firm()
        {
            ExtractedArticle a = Extracted.From(
                "Sales up\n\nStrong sales outside Europe helped boost profits in 2004.\n\n" +
                "The company said margins would be lower this year.");
            Assert.NotEqual("Strong", a.SpeakerOf(a.Quote("margins would be lower")));
        }
    }
}
