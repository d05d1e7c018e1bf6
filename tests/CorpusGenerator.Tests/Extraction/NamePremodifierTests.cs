using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "DJ Norman Cook", "Fly-half Charlie Hodgson": an acronym or a hyphenated common noun
    /// opening a run before a full name is the person's role, not part of the name.
    /// </summary>
    public class NamePremodifierTests
    {
        [Fact]
        public void An_acronym_before_a_full_name_is_a_role()
        {
            ExtractedArticle a = Extracted.From("DJ Tessa Marlow said the tour would go ahead.");
            Assert.Equal("Tessa Marlow", a.SpeakerOf(a.Quote("the tour would go ahead")));
        }

        [Fact]
        public void A_hyphenated_common_noun_before_a_full_name_is_a_role()
        {
            ExtractedArticle a = Extracted.From("Fly-half Owen Brannock admitted the side had played poorly.");
            Assert.Equal("Owen Brannock", a.SpeakerOf(a.Quote("the side had played poorly")));
        }

        [Fact]
        public void A_compound_of_several_hyphens_before_a_full_name_is_a_role()
        {
            ExtractedArticle a = Extracted.From("Man-of-the-match Steve Jonas said the squad had worked hard.");
            Assert.Equal("Steve Jonas", a.SpeakerOf(a.Quote("the squad had worked hard")));
        }

        [Fact]
        public void A_hyphenated_name_stays_whole()
        {
            ExtractedArticle a = Extracted.From("Anna Lowe-Barton said the vote was close.");
            Assert.Equal("Anna Lowe-Barton", a.SpeakerOf(a.Quote("the vote was close")));
        }
    }
}
