using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"repeated the feat": doing an achievement again, not saying anything again.</summary>
    public class RepeatedFeatTests
    {
        [Fact]
        public void A_feat_repeated_is_no_report()
        {
            ExtractedArticle a = Extracted.From("Davis repeated the feat to set up the tense finale.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void A_success_repeated_is_no_report()
        {
            ExtractedArticle a = Extracted.From("The two actors repeated their success at the Golden Globes in January.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void A_repeated_claim_stays_a_report()
        {
            ExtractedArticle a = Extracted.From("The minister repeated that the plan would cost nothing.");
            Assert.Contains("the plan would cost nothing", a.QuoteTexts());
        }
    }
}
