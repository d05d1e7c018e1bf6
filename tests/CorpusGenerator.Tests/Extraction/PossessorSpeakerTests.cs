using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"said ABN Amro's Eddie Wong", "C, said Sun's chief operating officer Jonathan Schwartz": the speaker after the owner's name.</summary>
    public class PossessorSpeakerTests
    {
        [Fact]
        public void A_quote_said_by_someone_after_a_two_word_owner_has_that_speaker()
        {
            ExtractedArticle a = Extracted.From(
                "Markets rose on Tuesday. \"There are no dollar buyers now, especially after the Chicago data,\" said ABN Amro's Paul Mackel.");
            Assert.Equal("Paul Mackel", a.SpeakerOf(a.Quote("There are no dollar buyers now")));
        }

        [Fact]
        public void Reported_words_said_by_someone_after_an_owner_and_a_role_are_found()
        {
            ExtractedArticle a = Extracted.From(
                "Sun likened grid computing to electricity. The system could mature in the same way utilities have developed, said Sun's chief operating officer Jonathan Schwartz.");
            Assert.Equal("Jonathan Schwartz", a.SpeakerOf(a.Quote("The system could mature in the same way")));
        }
    }
}
