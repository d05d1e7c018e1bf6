using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Theresa May said": a surname that is also a function word ("may", "will", "back") is the name's last word.</summary>
    public class FunctionWordSurnameTests
    {
        [Fact]
        public void A_capitalised_may_after_a_first_name_is_the_surname()
        {
            ExtractedArticle a = Extracted.From("Conservative family spokeswoman Theresa May said the party would reform the family courts.");
            Assert.Equal("Theresa May", a.SpeakerOf(a.Quote("the party would reform the family courts")));
        }

        [Fact]
        public void The_surname_before_has_said_and_alone_before_a_cue()
        {
            ExtractedArticle a = Extracted.From("Guitarist Brian May has said he expects to tour with the band from April. May said: \"Suddenly the band is rising again.\"");
            Assert.Equal("Brian May", a.SpeakerOf(a.Quote("he expects to tour")));
            Assert.Equal("Brian May", a.SpeakerOf(a.Quote("Suddenly the band is rising again.")));
        }

        [Fact]
        public void The_modal_and_the_month_stay_what_they_are()
        {
            ExtractedArticle a = Extracted.From("A report published in May said prices would rise. The minister may say more later.");
            Assert.DoesNotContain(a.Speakers, s => s.Name.Contains("May", System.StringComparison.Ordinal));
        }
    }
}
