using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "housebuilder George Wimpey", "car firms General Motors and Ford", "Electronic Arts, the
    /// world's biggest games publisher,": more nouns for a kind of firm, and an appositive with a
    /// possessive inside, show a two-word name is an organisation.
    /// </summary>
    public class OrganisationKindListTests
    {
        [Fact]
        public void A_housebuilder_is_an_organisation()
        {
            ExtractedArticle a = Extracted.From(
                "Profits rose at housebuilder George Wimpey last year. George Wimpey said the UK market had been challenging. It added that sales in the US had been buoyant.");
            Assert.Equal("George Wimpey", a.SpeakerOf(a.Quote("sales in the US had been buoyant")));
        }

        [Fact]
        public void An_appositive_with_a_possessive_inside_shows_the_kind()
        {
            ExtractedArticle a = Extracted.From(
                "Electronic Arts, the world's biggest games publisher, made a loss. Electronic Arts said sales had slowed. It added that new titles were due in the spring.");
            Assert.Equal("Electronic Arts", a.SpeakerOf(a.Quote("new titles were due")));
        }
    }
}
