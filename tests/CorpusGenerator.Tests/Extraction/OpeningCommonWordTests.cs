using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Speculation suggests ...", "Forecasts predict ...": a common noun capitalised only because it opens the sentence names no one.</summary>
    public class OpeningCommonWordTests
    {
        [Fact]
        public void An_abstract_noun_opening_a_sentence_is_no_speaker()
        {
            ExtractedArticle a = Extracted.From("The exchange rejected one offer. Speculation suggests that the rival has the funds in place to make a higher bid.");
            Assert.Null(a.SpeakerOf(a.Quote("the rival has the funds")));
        }

        [Fact]
        public void Forecasts_opening_a_sentence_are_no_speaker()
        {
            ExtractedArticle a = Extracted.From("Shoppers are moving online. Forecasts predict that people will spend more buying gifts on the web this year.");
            Assert.Null(a.SpeakerOf(a.Quote("people will spend more")));
        }

        [Fact]
        public void A_firm_in_vision_keeps_its_name()
        {
            ExtractedArticle a = Extracted.From("A new copy block was launched. Macrovision said the technology would work in nearly all players.");
            Assert.Equal("Macrovision", a.SpeakerOf(a.Quote("the technology would work")));
        }
    }
}
