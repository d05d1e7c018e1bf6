using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"The Association of Directors of Social Services said": a second inner "of" in an organisation's name.</summary>
    public class ChainedInnerOfTests
    {
        [Fact]
        public void A_second_of_stays_in_the_name()
        {
            ExtractedArticle a = Extracted.From("The Association of Directors of Social Services (ADSS) said it agreed in principle with the plans.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("The Association of Directors of Social Services", a.SpeakerOf(q));
        }

        [Fact]
        public void An_of_after_the_inner_article_stays_in_the_name()
        {
            ExtractedArticle a = Extracted.From("The immigrants' group the Joint Council for the Welfare of Immigrants says the rules breach human rights law.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("the Joint Council for the Welfare of Immigrants", a.SpeakerOf(q));
        }

        [Fact]
        public void A_persons_of_is_untouched()
        {
            ExtractedArticle a = Extracted.From("\"The market is weak,\" said analyst Mike Powell of Dresdner Kleinwort Wasserstein.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("Mike Powell", a.SpeakerOf(q));
        }
    }
}
