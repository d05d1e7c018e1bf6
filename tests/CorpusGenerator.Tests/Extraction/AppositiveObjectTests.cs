using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "Sen. Rita Vance, facing a tough race in Ohio, a swing state, said ...": a name governed by a
    /// preposition inside the description between the speaker and the cue is not the speaker.
    /// </summary>
    public class AppositiveObjectTests
    {
        [Fact]
        public void A_place_inside_the_description_is_passed_over_for_the_speaker()
        {
            ExtractedArticle a = Extracted.From(
                "Sen. Rita Vance, facing a tough race in Ohio, a swing state, said she would welcome the help.");
            Assert.Equal("Rita Vance", a.MentionOf(a.Quote("she would welcome")));
        }

        [Fact]
        public void A_city_and_state_after_a_preposition_are_passed_over_for_the_speaker()
        {
            ExtractedArticle a = Extracted.From(
                "Mara Quist, who lost her home in the flood in Dayton, Ohio, in May 2019, said that the state had treated her family fairly.");
            Assert.Equal("Mara Quist", a.MentionOf(a.Quote("the state had treated")));
        }

        [Fact]
        public void A_titled_name_after_an_opening_place_still_speaks()
        {
            ExtractedArticle a = Extracted.From(
                "Alarmed by the unrest in Nevada, Senator Harry Lamb, the minority leader, said that he had spoken with the governor.");
            Assert.Equal("Harry Lamb", a.MentionOf(a.Quote("he had spoken")));
        }
    }
}
