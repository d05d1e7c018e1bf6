using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"said Bank of Japan chief Toshihiko Fukui": the walk forward from a cue crosses an organisation's inner "of" or "for".</summary>
    public class InnerPrepositionAheadTests
    {
        [Fact]
        public void A_titled_person_after_an_organisation_with_of_is_the_speaker()
        {
            ExtractedArticle a = Extracted.From(
                "Factory output rose in May. \"I see a low risk of recession,\" said Bank of Freedonia chief Taro Nakamura.");
            Assert.Equal("Taro Nakamura", a.SpeakerOf(a.Quote("I see a low risk")));
        }

        [Fact]
        public void An_organisation_with_for_after_according_to_keeps_its_whole_name()
        {
            ExtractedArticle a = Extracted.From(
                "Shops had a poor winter. And according to Office for Regional Statistics data, sales in December failed to meet expectations.");
            Assert.Equal("Office for Regional Statistics", a.SpeakerOf(a.Quote("sales in December")));
        }

        [Fact]
        public void A_person_of_a_firm_after_the_cue_keeps_the_person()
        {
            ExtractedArticle a = Extracted.From("\"It is pretty odd,\" said analyst Nick Barnes of Evolution Securities.");
            Assert.Equal("Nick Barnes", a.SpeakerOf(a.Quote("It is pretty odd")));
        }
    }
}
