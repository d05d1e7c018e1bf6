using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"according to blog analysis firm Technorati": a name after lower-case words that describe it, closing the source phrase, is the source.</summary>
    public class AccordingToDescribedNameTests
    {
        [Fact]
        public void The_name_after_its_description_is_the_source()
        {
            ExtractedArticle a = Extracted.From("According to blog analysis firm Technorati, the number of blogs has doubled every five months.");
            Assert.Equal("Technorati", a.SpeakerOf(a.Quote("the number of blogs has doubled every five months")));
        }

        [Fact]
        public void A_name_of_two_words_closing_the_sentence_is_the_source()
        {
            ExtractedArticle a = Extracted.From("The film has registered the highest opening weekend takings of any Japanese film, according to trade publication Screen Daily.");
            Assert.Equal("Screen Daily", a.SpeakerOf(a.Quote("The film has registered the highest opening weekend takings of any Japanese film")));
        }

        [Fact]
        public void A_place_after_a_preposition_is_no_source()
        {
            ExtractedArticle a = Extracted.From("The number of sites has grown, according to reports in China.");
            Assert.Null(a.SpeakerOf(a.Quote("The number of sites has grown")));
        }
    }
}
