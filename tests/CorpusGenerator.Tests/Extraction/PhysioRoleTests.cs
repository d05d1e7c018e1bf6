using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"said Wales physio Mark Davies": a team's physio is a role before the name, not the end of the team's (RoleLexicon).</summary>
    public class PhysioRoleTests
    {
        [Fact]
        public void A_teams_physio_after_the_cue_is_the_speaker()
        {
            ExtractedArticle a = Extracted.From(
                "Charvis has missed all three of Wales' victories with an ankle injury. \"He will not figure in the Scotland game,\" said Wales physio Mark Davies.");
            Assert.Equal("Mark Davies", a.SpeakerOf(a.Quote("He will not figure in the Scotland game")));
        }
    }
}
