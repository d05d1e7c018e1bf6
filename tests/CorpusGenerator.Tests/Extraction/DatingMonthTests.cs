using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Until December Microsoft said", "in September this year said": a month dated by the word before it is no part of the name after it, and alone no speaker.</summary>
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
        public void A_lone_month_after_in_is_no_speaker()
        {
            ExtractedArticle a = Extracted.From(
                "Mobile use is growing fast. In October, mobile phone users grew by 1.4 million, said the regulator. " +
                "The OFHEO turned its attention to Fannie Mae and in September this year said that the firm had tweaked its books.");
            Assert.DoesNotContain(a.Speakers, p => p.Name == "September" || p.Name == "October");
        }

        [Fact]
        public void A_month_after_a_day_number_is_no_speaker()
        {
            ExtractedArticle a = Extracted.From("The budget for the fiscal year starting on 21 March calls for the sell-off of 20% of the state's holdings.");
            Assert.DoesNotContain(a.Speakers, p => p.Name == "March");
        }

        [Fact]
        public void A_dated_month_is_no_first_half_of_a_pair_of_speakers()
        {
            ExtractedArticle a = Extracted.From(
                "After registering falls at the end of 2004, Halifax said house prices rose by 0.8% in January and Nationwide reported a rise of 0.4% in the first month of the year.");
            Assert.Equal("Nationwide", a.SpeakerOf(a.Quote("a rise of 0.4%")));
            Assert.DoesNotContain("Nationwide reported", a.Quote("house prices rose").Span.Of(a.Text));
        }

        [Fact]
        public void A_dated_month_before_the_cue_leaves_the_name_before_it_speaking()
        {
            ExtractedArticle a = Extracted.From("But Band Aid founder Bob Geldof in July said he was sick of hearing excuses about poverty.");
            Assert.Equal("Bob Geldof", a.SpeakerOf(a.Quote("sick of hearing")));
        }

        [Fact]
        public void A_month_word_as_a_first_name_stays_in_the_name()
        {
            ExtractedArticle a = Extracted.From("The singer June Carter Cash said the song was written for her husband.");
            Assert.Equal("June Carter Cash", a.SpeakerOf(a.Quote("the song was written")));
        }
    }
}
