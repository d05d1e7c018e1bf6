using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"said BIFA founder and director Elliot Grove": two titles joined by "and" before the name after a cue.</summary>
    public class CoordinatedTitleTests
    {
        [Fact]
        public void Two_titles_joined_by_and_lead_to_the_name_after_the_cue()
        {
            ExtractedArticle a = Extracted.From("\"This year's nominees reflect the strength of independent film,\" said BIFA founder and director Elliot Grove.");
            Assert.Equal("Elliot Grove", a.SpeakerOf(a.Quote("This year's nominees")));
        }

        [Fact]
        public void A_multiword_second_title_leads_to_the_name()
        {
            ExtractedArticle a = Extracted.From("\"The restatement has been a monumental task,\" said Nortel president and chief executive Bill Owens.");
            Assert.Equal("Bill Owens", a.SpeakerOf(a.Quote("monumental task")));
        }
    }
}
