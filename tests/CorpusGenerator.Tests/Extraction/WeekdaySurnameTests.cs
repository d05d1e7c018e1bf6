using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"said England sevens coach Mike Friday": a weekday after a title and a first name is the surname, not a date.</summary>
    public class WeekdaySurnameTests
    {
        [Fact]
        public void A_weekday_after_a_title_and_a_first_name_is_the_surname()
        {
            ExtractedArticle a = Extracted.From("\"We can create sporting history,\" said England sevens coach Mike Friday. \"England have a fantastic record.\"");
            Assert.Equal("Mike Friday", a.SpeakerOf(a.Quote("create sporting history")));
            Assert.DoesNotContain(a.Speakers, p => p.Name == "England");
        }

        [Fact]
        public void A_weekday_after_a_title_and_a_first_name_before_the_cue_is_the_surname()
        {
            ExtractedArticle a = Extracted.From("England sevens coach Mike Friday said the side could make history in Hong Kong.");
            Assert.Equal("Mike Friday", a.SpeakerOf(a.Quote("could make history")));
        }

        [Fact]
        public void A_weekday_after_a_name_and_a_cue_stays_a_date()
        {
            ExtractedArticle a = Extracted.From("\"We can win the state,\" said Clinton Friday.");
            Assert.Equal("Clinton", a.SpeakerOf(a.Quote("We can win the state")));
        }
    }
}
