using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"told a US court", "told the BBC News website": a place that heard the words, not the words.</summary>
    public class ListenerPlaceTests
    {
        [Fact]
        public void A_website_told_is_the_listener_and_the_clause_before_is_what_was_told()
        {
            ExtractedArticle a = Extracted.From("About 12% of users were based in Iran, the campaign's director told the BBC News website.");
            Assert.Equal(new[] { "About 12% of users were based in Iran" }, a.QuoteTexts());
        }

        [Fact]
        public void A_news_conference_told_is_the_listener()
        {
            ExtractedArticle a = Extracted.From("Banks face a revenue shortfall during 2005, the association's chairman told a news conference.");
            Assert.Equal(new[] { "Banks face a revenue shortfall during 2005" }, a.QuoteTexts());
        }

        [Fact]
        public void A_possessive_description_after_the_comma_is_the_speaker()
        {
            ExtractedArticle a = Extracted.From("Former WorldCom boss Bernie Ebbers was directly involved in the $11bn financial fraud at the firm, his closest associate has told a US court.");
            Assert.Equal(new[] { "Former WorldCom boss Bernie Ebbers was directly involved in the $11bn financial fraud at the firm" }, a.QuoteTexts());
        }

        [Fact]
        public void A_quotation_before_a_role_and_a_name_ends_at_its_marks()
        {
            ExtractedArticle a = Extracted.From("\"We want to be sure that you can validate yourself,\" Authenti-corp's CEO, Cynthia Musselman, told the BBC's Go Digital programme.");
            Assert.Equal(new[] { "We want to be sure that you can validate yourself," }, a.QuoteTexts());
        }
    }
}
