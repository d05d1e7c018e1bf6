using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Reports suggest ...": a writing's noun capitalised only because it opens the sentence names no one.</summary>
    public class OpeningWritingTests
    {
        [Fact]
        public void Reports_opening_a_sentence_are_no_speaker()
        {
            ExtractedArticle a = Extracted.From("The manager left the club last week. Reports suggest he left because his division was not given enough money.");
            Assert.Null(a.SpeakerOf(a.Quote("he left because his division")));
        }

        [Fact]
        public void A_surname_that_is_also_a_writing_still_names_the_person()
        {
            ExtractedArticle a = Extracted.From("Referee Graham Poll sent off two players. Poll added that the game had been hard to control.");
            Assert.Equal("Graham Poll", a.SpeakerOf(a.Quote("the game had been hard to control")));
        }
    }
}
