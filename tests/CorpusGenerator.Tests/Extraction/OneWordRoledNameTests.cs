using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Arsenal's Brazilian midfielder Edu has hit out": a one-word name after a person's title is the subject "he" refers to next.</summary>
    public class OneWordRoledNameTests
    {
        [Fact]
        public void He_refers_to_a_one_word_name_after_a_possessive_and_a_title()
        {
            ExtractedArticle a = Extracted.From("Arsenal's Brazilian midfielder Edu has hit out at the club for stalling over a new contract.\n\nHe told BBC Sport: \"I am not sure if I want to stay.\"");
            Assert.Equal("Edu", a.SpeakerOf(a.Quote("I am not sure")));
        }

        [Fact]
        public void A_title_that_may_describe_a_firm_makes_no_person_of_one_word()
        {
            ExtractedArticle a = Extracted.From("Boeing's European rival Airbus has cut its forecast for the year.\n\nHe said: \"The market is weak.\"");
            Assert.Null(a.SpeakerOf(a.Quote("The market is weak")));
        }
    }
}
