using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"the government" is a government body, never the last organisation of any kind.</summary>
    public class GovernmentDescriptionTests
    {
        [Fact]
        public void The_government_is_not_the_broadcaster_named_last()
        {
            ExtractedArticle a = Extracted.From(
                "Jane Smith told BBC Radio 4's Today programme that the plans were inadequate. The government says children cannot simply be divided up like property.");
            Assert.Equal("The government", a.SpeakerOf(a.Quote("children cannot simply be divided up")));
        }

        [Fact]
        public void A_modified_government_is_not_the_bank_named_last()
        {
            ExtractedArticle a = Extracted.From(
                "The Reserve Bank said rates would stay on hold. The Australian government said it welcomed the decision.");
            Assert.Equal("The Australian government", a.SpeakerOf(a.Quote("it welcomed the decision")));
        }

        [Fact]
        public void The_company_may_still_be_the_firm_named_last()
        {
            ExtractedArticle a = Extracted.From(
                "Shares in Acme Holdings rose on Monday. The company said profits had doubled.");
            Assert.Equal("Acme Holdings", a.SpeakerOf(a.Quote("profits had doubled")));
        }
    }
}
