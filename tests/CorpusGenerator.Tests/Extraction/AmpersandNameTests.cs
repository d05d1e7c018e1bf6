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
    }
}
