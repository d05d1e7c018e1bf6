using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"said Economic and Fiscal Policy Minister Heizo Takenaka": a ministry's pair before an office title and a name is the title's (InnerAnd, IsPortfolioAnd).</summary>
    public class PortfolioAndTests
    {
        [Fact]
        public void A_portfolio_pair_after_the_cue_is_the_ministers_title()
        {
            ExtractedArticle a = Extracted.From(
                "\"The economy has some soft patches but it is in a recovery stage,\" said Economic and Fiscal Policy Minister Heizo Takenaka.");
            Assert.Equal("Heizo Takenaka", a.SpeakerOf(a.Quote("The economy has some soft patches but it is in a recovery stage")));
        }

        [Fact]
        public void A_portfolio_pair_of_one_word_each_after_the_cue_is_the_ministers_title()
        {
            ExtractedArticle a = Extracted.From(
                "\"Foster carers must not be out of pocket,\" said Children and Families Minister Margaret Hodge.");
            Assert.Equal("Margaret Hodge", a.SpeakerOf(a.Quote("Foster carers must not be out of pocket")));
        }

        [Fact]
        public void A_portfolio_pair_with_no_name_after_its_title_stays_apart()
        {
            ExtractedArticle a = Extracted.From(
                "Patricia Hewitt spoke in the Commons on Monday. The Trade and Industry Secretary has said the plans will go ahead.");
            Assert.NotEqual("Industry Secretary", a.SpeakerOf(a.Quote("the plans will go ahead")));
        }
    }
}
