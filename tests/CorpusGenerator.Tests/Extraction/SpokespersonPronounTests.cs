using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"A spokeswoman said ... She added": the pronoun goes on about the unnamed spokeswoman.</summary>
    public class SpokespersonPronounTests
    {
        [Fact]
        public void She_after_a_spokeswoman_is_the_spokeswoman_not_the_woman_named_before()
        {
            string text = "Jane Moss said the show would return.\n\n" +
                          "A council spokeswoman said the hall would open in May. She added that tickets were sold out.";
            ExtractedArticle a = Extracted.From(text);
            Assert.Equal(3, a.Quotes.Count);
            Assert.Equal("Jane Moss", a.SpeakerOf(a.Quotes[0]));
            Assert.Equal("A council spokeswoman", a.SpeakerOf(a.Quotes[1]));
            Assert.Equal("A council spokeswoman", a.SpeakerOf(a.Quotes[2]));
        }

        [Fact]
        public void He_after_a_spokeswoman_is_still_the_man_named_before()
        {
            string text = "Tom Moss said the show would return.\n\n" +
                          "A council spokeswoman said the hall would open in May. He added that tickets were sold out.";
            ExtractedArticle a = Extracted.From(text);
            Assert.Equal(3, a.Quotes.Count);
            Assert.Equal("Tom Moss", a.SpeakerOf(a.Quotes[2]));
        }
    }
}
