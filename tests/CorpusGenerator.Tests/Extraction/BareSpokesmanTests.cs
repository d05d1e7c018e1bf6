using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>A bare "the spokesman" is not the last person quoted: a spokesman speaks for the people named.</summary>
    public class BareSpokesmanTests
    {
        [Fact]
        public void The_spokesman_is_not_the_player_quoted_before()
        {
            ExtractedArticle a = Extracted.From(
                "Iranian striker Ali Karimi said he was disappointed to miss the trip. A club spokesman said on Monday that the decision was medical. \"He's got back pain and he couldn't train,\" the spokesman said.");
            Assert.NotEqual("Ali Karimi", a.SpeakerOf(a.Quote("He's got back pain")));
        }

        [Fact]
        public void A_modified_spokesman_may_still_be_the_person_quoted_before()
        {
            ExtractedArticle a = Extracted.From(
                "Shadow foreign secretary Michael Ancram said the leaflet was propaganda. The Tory spokesman also criticised the government for its claims.");
            Assert.Equal("Michael Ancram", a.SpeakerOf(a.Quote("the government for its claims")));
        }
    }
}
