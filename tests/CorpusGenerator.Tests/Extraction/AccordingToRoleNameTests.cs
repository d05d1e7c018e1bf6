using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "according to tourism minister Sontaya Kunplome": the name after a lower-case role speaks
    /// (NounPhrases.NameAfterLowerCaseRole); a joint name stays whole in the unnamed phrase.
    /// </summary>
    public class AccordingToRoleNameTests
    {
        [Fact]
        public void The_name_after_a_lower_case_role_is_the_source()
        {
            ExtractedArticle a = Extracted.From("Thailand may lose 30bn baht in earnings from tourism, according to tourism minister Sontaya Kunplome.");
            Assert.Equal("Sontaya Kunplome", a.SpeakerOf(a.Quote("Thailand may lose")));
        }

        [Fact]
        public void A_firm_after_its_kind_is_the_source()
        {
            ExtractedArticle a = Extracted.From("Spammers are hooking into whatever is in the news, according to security firm Clearswift.");
            Assert.Equal("Clearswift", a.SpeakerOf(a.Quote("Spammers are hooking")));
        }

        [Fact]
        public void A_joint_name_is_not_cut_at_its_slash()
        {
            ExtractedArticle a = Extracted.From("Over 54 million people are hooked up to broadband, according to market analysts Nielsen/NetRatings.");
            Assert.DoesNotContain(a.Speakers, s => s.Name == "Nielsen");
        }
    }
}
