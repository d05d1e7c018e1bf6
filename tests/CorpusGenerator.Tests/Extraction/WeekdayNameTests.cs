using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"The Sunday Post reported": a weekday between "the" and a name word is part of the name.</summary>
    public class WeekdayNameTests
    {
        [Fact]
        public void A_weekday_after_the_and_before_a_name_opens_the_name()
        {
            ExtractedArticle a = Extracted.From(
                "Shares fell on Monday. The Sunday Post reported that the bank had been approached by a rival. " +
                "The singer is worth £10m, according to the Sunday Post.");
            Assert.Equal("The Sunday Post", a.SpeakerOf(a.Quote("the bank had been approached")));
            Assert.Equal("The Sunday Post", a.SpeakerOf(a.Quote("The singer is worth")));
        }

        [Fact]
        public void A_weekday_as_a_date_stays_out_of_the_name()
        {
            ExtractedArticle a = Extracted.From("On Sunday Herald Jones said the club would appeal.");
            Assert.Equal("Herald Jones", a.SpeakerOf(a.Quote("the club would appeal")));
        }
    }
}
