using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Vice-President Dan Marsh said": a hyphen-prefixed title is the role, not part of the name.</summary>
    public class PrefixedTitleTests
    {
        [Fact]
        public void A_hyphen_prefixed_title_before_a_name_is_the_role()
        {
            ExtractedArticle a = Extracted.From("Vice-President Dan Marsh said the budget was the tightest in years.");
            Assert.Equal("Dan Marsh", a.SpeakerOf(a.Quote("the budget was the tightest")));
        }

        [Fact]
        public void A_surname_holding_a_title_after_a_hyphen_stays_whole()
        {
            ExtractedArticle a = Extracted.From("\"We are delighted,\" said chief executive Magnus Ewen-King.");
            Assert.Equal("Magnus Ewen-King", a.SpeakerOf(a.Quote("We are delighted")));
        }
    }
}
