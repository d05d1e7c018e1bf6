using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Defiant Matt Williams says he will not quit": a word describing the person, opening the sentence, is no part of the name.</summary>
    public class OpeningEpithetTests
    {
        [Fact]
        public void A_describing_word_before_a_full_name_is_no_part_of_it()
        {
            ExtractedArticle a = Extracted.From("Williams says he will never quit\n\nDefiant Matt Williams says he will not quit as Scotland coach. \"I have never quit anything in my life,\" he told BBC Sport.");
            Assert.Equal("Matt Williams", a.SpeakerOf(a.Quote("never quit anything")));
        }

        [Fact]
        public void A_describing_word_before_a_lone_surname_is_no_part_of_it()
        {
            ExtractedArticle a = Extracted.From("Olympian Tomlinson tried to play catch up with his six jumps. \"I was advised not to jump by my doctor,\" Tomlinson said.");
            Assert.Equal("Tomlinson", a.SpeakerOf(a.Quote("advised not to jump")));
        }

        [Fact]
        public void A_first_name_before_a_surname_stays()
        {
            ExtractedArticle a = Extracted.From("Walter Smith tried to calm the fans. \"We will be back,\" Smith said.");
            Assert.Equal("Walter Smith", a.SpeakerOf(a.Quote("We will be back")));
        }
    }
}
