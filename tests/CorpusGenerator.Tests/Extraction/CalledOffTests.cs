using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"called off a demonstration": to call off is to cancel, not to say.</summary>
    public class CalledOffTests
    {
        [Fact]
        public void A_demonstration_called_off_is_no_report()
        {
            ExtractedArticle a = Extracted.From("Anti-globalisation campaigners called off a demonstration planned for the weekend.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void A_deal_called_off_is_no_report()
        {
            ExtractedArticle a = Extracted.From("Last year Pfizer called off a $54 billion inversion deal after the Treasury issued new rules.");
            Assert.Empty(a.Quotes);
        }
    }
}
