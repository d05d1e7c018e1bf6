using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"the home secretary" is the Home Secretary named before; "the foreign secretary" is not.</summary>
    public class PortfolioDescriptionTests
    {
        [Fact]
        public void The_home_secretary_is_the_home_secretary_named_before()
        {
            ExtractedArticle a = Extracted.From(
                "Home Secretary Tom Ardley said the law was clear. But the home secretary said the opposition leader was wrong to demand a change in the law.");
            Assert.Equal("Tom Ardley", a.SpeakerOf(a.Quote("was wrong to demand")));
        }

        [Fact]
        public void The_foreign_secretary_is_not_the_home_secretary()
        {
            ExtractedArticle a = Extracted.From(
                "Home Secretary Tom Ardley said the law was clear. The foreign secretary said talks with the neighbouring states would resume next month.");
            Assert.NotEqual("Tom Ardley", a.SpeakerOf(a.Quote("talks with the neighbouring")));
        }

        [Fact]
        public void The_shadow_chancellor_is_not_the_chancellor_last_spoken_of()
        {
            ExtractedArticle a = Extracted.From(
                "Chancellor Tom Ardley said borrowing would fall next year. The shadow chancellor said the borrowing figures had turned to dust in his hands.");
            Assert.NotEqual("Tom Ardley", a.SpeakerOf(a.Quote("turned to dust")));
        }
    }
}
