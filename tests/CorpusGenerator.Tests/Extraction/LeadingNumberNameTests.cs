using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"US rap star 50 Cent has said": a stage name that opens with a number keeps it.</summary>
    public class LeadingNumberNameTests
    {
        [Fact]
        public void A_number_opening_a_stage_name_is_part_of_it()
        {
            ExtractedArticle a = Extracted.From("US rap star 50 Cent has said he has thrown protege The Game out of his gang. In a radio interview on Monday, 50 Cent said the newcomer was disloyal.");
            Assert.Equal("50 Cent", a.SpeakerOf(a.Quote("he has thrown protege")));
            Assert.Equal("50 Cent", a.SpeakerOf(a.Quote("the newcomer was disloyal")));
        }

        [Fact]
        public void A_number_after_a_quote_opens_the_name()
        {
            ExtractedArticle a = Extracted.From("\"We can put negativity behind us,\" 50 Cent said.");
            Assert.Equal("50 Cent", a.SpeakerOf(a.Quote("We can put negativity behind us")));
        }

        [Fact]
        public void A_count_before_a_modifier_is_no_name()
        {
            ExtractedArticle a = Extracted.From("Hillary Clinton spoke on Monday. The State Department has classified 22 Clinton emails as top secret. Clinton said she had done nothing wrong.");
            Assert.Equal("Hillary Clinton", a.SpeakerOf(a.Quote("she had done nothing wrong")));
        }
    }
}
