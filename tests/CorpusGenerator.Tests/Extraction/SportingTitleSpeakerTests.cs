using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"said the midfielder": the player the sentence before is about, not the manager quoted last.</summary>
    public class SportingTitleSpeakerTests
    {
        [Fact]
        public void The_midfielder_is_the_subject_of_the_sentence_before_not_the_last_speaker()
        {
            ExtractedArticle a = Extracted.From(
                "Gaspar weighs future\n\nArsenal boss Arno Wenders says Edo Gaspar will decide his future this week.\n\n" +
                "\"We want him to stay,\" said Wenders. Edo Gaspar is now able to begin talks with other clubs. " +
                "In an interview, the midfielder said he would make his decision after the meeting.");
            Assert.Equal("Edo Gaspar", a.SpeakerOf(a.Quote("he would make his decision")));
        }
    }
}
