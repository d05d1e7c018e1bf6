using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"England prop Phil Vickery is staying positive": the person after a premodified role opening the sentence is its subject.</summary>
    public class PremodifiedSubjectTests
    {
        [Fact]
        public void He_refers_to_the_player_after_a_team_and_a_bare_role()
        {
            ExtractedArticle a = Extracted.From("England prop Phil Vickery is staying positive despite a broken arm.\n\nHe said: \"This is not an injury that will stop me.\"");
            Assert.Equal("Phil Vickery", a.SpeakerOf(a.Quote("This is not an injury")));
        }

        [Fact]
        public void He_refers_to_the_player_after_a_role_with_an_agent_ending()
        {
            ExtractedArticle a = Extracted.From("Chelsea defender John Terry is fit for Saturday.\n\nHe said: \"I am ready to play.\"");
            Assert.Equal("John Terry", a.SpeakerOf(a.Quote("I am ready to play")));
        }

        [Fact]
        public void A_verb_after_the_opening_name_is_no_role()
        {
            ExtractedArticle a = Extracted.From("Arsenal beat Manchester United on Sunday.\n\nHe said: \"I am ready to play.\"");
            Assert.Null(a.SpeakerOf(a.Quote("I am ready to play")));
        }
    }
}
