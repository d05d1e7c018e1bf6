using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"said Aviator star Alan Alda": the film before "star" only modifies the role; the person after it speaks.</summary>
    public class BareRoleAfterCueTests
    {
        [Fact]
        public void A_film_before_star_after_the_cue_is_not_the_speaker()
        {
            ExtractedArticle a = Extracted.From(
                "Friends gathered for the funeral. \"He was my hero, and he still is,\" said Skyfarer star Alan Birch, a family friend for forty years.");
            Assert.Equal("Alan Birch", a.SpeakerOf(a.Quote("He was my hero")));
        }

        [Fact]
        public void A_club_before_legend_after_the_cue_is_not_the_speaker()
        {
            ExtractedArticle a = Extracted.From("\"We will win it back,\" said Northwich legend Peter Dale.");
            Assert.Equal("Peter Dale", a.SpeakerOf(a.Quote("We will win it back")));
        }
    }
}
