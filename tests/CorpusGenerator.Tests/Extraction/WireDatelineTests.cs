using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// Wire services date their datelines ("WASHINGTON, June 24 (UPI) —") or set the place in title
    /// case before their tag ("Washington (AFP) –"). Left in the first sentence, the dateline stood
    /// where the main clause's subject opens, so a lead's ", saying ..." lost its speaker and quote.
    /// </summary>
    public class WireDatelineTests
    {
        [Theory]
        [InlineData("Lead\n\nWASHINGTON, June 24 (UPI) — The talks went on.", "WASHINGTON")]
        [InlineData("Lead\n\nPURCHASE, N.Y., April 1 (UPI) — The talks went on.", "PURCHASE")]
        [InlineData("Lead\n\nPARIS, Aug 31 (Reuters) - The talks went on.", "PARIS")]
        [InlineData("Lead\n\nWashington (AFP) – The talks went on.", "Washington")]
        [InlineData("Lead\n\nMexico City (AFP) – The talks went on.", "Mexico City")]
        public void A_dated_or_title_case_wire_dateline_is_the_place(string text, string place)
        {
            ExtractedArticle a = Extracted.From(text);
            Assert.Equal(place, a.Dateline?.Of(text));
        }

        [Theory]
        [InlineData("Lead\n\nWASHINGTON, 24 hours later, the talks went on - for hours.")]
        [InlineData("Lead\n\nWashington is calm - for now (mostly).")]
        [InlineData("Lead\n\nWashington (the city) is calm.")]
        public void A_first_sentence_with_a_comma_or_brackets_but_no_wire_dateline_has_none(string text)
        {
            Assert.Null(Extracted.From(text).Dateline);
        }

        [Fact]
        public void A_dateline_after_a_title_set_with_a_stop_is_found()
        {
            string text = "Clinton swipes at Trump over Brexit.\n\nWASHINGTON (AP) — Hillary Clinton spoke.\n\nShe left.";
            ExtractedArticle a = Extracted.From(text);
            Assert.Equal("WASHINGTON", a.Dateline?.Of(text));
        }

        [Fact]
        public void The_lead_after_a_wire_dateline_keeps_its_speaker()
        {
            string text = "Clinton swipes at Trump over Brexit.\n\nWashington (AFP) – Democrat Hillary Clinton has taken a swipe at Donald Trump's stance on Brexit, saying that bombastic comments do more harm than good.";
            ExtractedArticle a = Extracted.From(text);
            ExtractedQuote q = a.Quote("bombastic comments do more harm");
            Assert.Equal("Hillary Clinton", a.SpeakerOf(q));
        }
    }
}
