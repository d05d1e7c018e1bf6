using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Until December Microsoft said": a month dated by the word before it is no part of the name after it.</summary>
    public class DatingMonthTests
    {
        [Fact]
        public void A_month_after_a_dating_word_stays_out_of_the_name()
        {
            ExtractedArticle a = Extracted.From(
                "The scheme ran for a year. Until December Microsoft said software could be sent to it for analysis.");
            Assert.Equal("Microsoft", a.SpeakerOf(a.Quote("software could be sent")));
        }

        [Fact]
        public void A_month_inside_a_sentence_after_in_stays_out_of_the_name()
        {
            ExtractedArticle a = Extracted.From(
                "Broadband grew fast last year, and in December BT announced that it was making a new connection every ten seconds.");
            Assert.Equal("BT", a.SpeakerOf(a.Quote("it was making a new connection")));
        }

        [Fact]
        public void A_month_word_as_a_first_name_stays_in_the_name()
        {
            ExtractedArticle a = Extracted.From("The singer June Carter Cash said the song was written for her husband.");
            Assert.Equal("June Carter Cash", a.SpeakerOf(a.Quote("the song was written")));
        }
    }
}
