using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"said a Department of Homeland Security spokeswoman": the walk forward over a description crosses the organisation's inner "of".</summary>
    public class InnerPrepositionAfterCueTests
    {
        [Fact]
        public void A_spokeswoman_after_the_cue_is_not_the_department_alone()
        {
            ExtractedArticle a = Extracted.From(
                "He left his post abruptly. \"He has been a valuable contributor,\" said a Department of Coastal Security spokeswoman.");
            Assert.Equal("a Department of Coastal Security spokeswoman", a.SpeakerOf(a.Quote("He has been a valuable contributor")));
        }

        [Fact]
        public void A_department_after_the_cue_still_speaks_alone()
        {
            ExtractedArticle a = Extracted.From("\"The rules are clear,\" said a department of the council.");
            Assert.NotEqual("a department of the council spokeswoman", a.SpeakerOf(a.Quote("The rules are clear")));
        }
    }
}
