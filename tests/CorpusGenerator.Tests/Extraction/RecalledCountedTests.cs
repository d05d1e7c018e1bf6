using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"recalling 19,924 coupes", "recalling nine of their players": calling things back, not remembering aloud.</summary>
    public class RecalledCountedTests
    {
        [Fact]
        public void A_product_recall_is_no_report()
        {
            ExtractedArticle a = Extracted.From("GM is also recalling 19,924 Cadillac XLR coupes and Pontiac Grand Prix sedans from the 2004 model year.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void Players_recalled_take_no_quotation_before_them()
        {
            ExtractedArticle a = Extracted.From("Bwalya warned his side. \"I don't want my team to be too comfortable,\" he said. Zambia have shown their determination to win this final by recalling nine of their foreign-based players.");
            Assert.DoesNotContain("nine of their foreign-based players", a.QuoteTexts());
            Assert.DoesNotContain(a.Speakers, s => s.Name == "Zambia");
        }

        [Fact]
        public void A_time_recalled_stays_a_report()
        {
            ExtractedArticle a = Extracted.From("Cruz explained, recalling the time he and his father visited her at a crack house.");
            Assert.Contains("the time he and his father visited her at a crack house", a.QuoteTexts());
        }
    }
}
