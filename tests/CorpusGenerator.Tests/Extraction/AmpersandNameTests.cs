using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"B&amp;B said", "said Hale &amp; Pratt": an ampersand between name words joins one firm's name.</summary>
    public class AmpersandNameTests
    {
        [Fact]
        public void An_ampersand_without_spaces_is_inside_the_name()
        {
            ExtractedArticle a = Extracted.From("Mortgage lending rose in March. Overall, H&W said the market was strong. It added that prices would rise.");
            Assert.Equal("H&W", a.SpeakerOf(a.Quote("the market was strong")));
            Assert.Equal("H&W", a.SpeakerOf(a.Quote("prices would rise")));
        }

        [Fact]
        public void An_ampersand_between_spaced_name_words_is_inside_the_name()
        {
            ExtractedArticle a = Extracted.From("Insurance broker Hale & Pratt said it would cut 900 jobs.");
            Assert.Equal("Hale & Pratt", a.SpeakerOf(a.Quote("it would cut 900 jobs")));
        }

        [Fact]
        public void An_ampersand_name_after_the_cue_is_whole()
        {
            ExtractedArticle a = Extracted.From("\"Sales were weak before Christmas,\" said Hale & Pratt.");
            Assert.Equal("Hale & Pratt", a.SpeakerOf(a.Quote("Sales were weak")));
        }

        [Fact]
        public void Capitals_against_the_ampersand_are_no_preposition()
        {
            ExtractedArticle a = Extracted.From("The deal was signed on Monday. SBC and AT&T said cost savings of at least $2bn were a main driver for the merger.");
            Assert.Equal("SBC and AT&T", a.SpeakerOf(a.Quote("cost savings of at least")));
        }

        [Fact]
        public void A_capital_at_name_speaks_alone()
        {
            ExtractedArticle a = Extracted.From("Rival AT&T said it would cut 12,800 jobs.");
            Assert.Equal("AT&T", a.SpeakerOf(a.Quote("it would cut")));
        }

        [Fact]
        public void A_description_keeps_the_firm_before_it()
        {
            ExtractedArticle a = Extracted.From("However, an M&S spokesman said on Sunday it had no evidence that the bid was funded.");
            Assert.Equal("an M&S spokesman", a.SpeakerOf(a.Quote("the bid was funded")));
        }

        [Fact]
        public void Capitals_opening_the_sentence_stay_in_the_description()
        {
            ExtractedArticle a = Extracted.From("AT&T officials said the network would be upgraded.");
            Assert.Equal("AT&T officials", a.SpeakerOf(a.Quote("the network would be upgraded")));
        }

        [Fact]
        public void Capitals_against_the_ampersand_speak_after_the_cue()
        {
            ExtractedArticle a = Extracted.From("\"The network is fine,\" said AT&T.");
            Assert.Equal("AT&T", a.SpeakerOf(a.Quote("The network is fine")));
        }
    }
}
