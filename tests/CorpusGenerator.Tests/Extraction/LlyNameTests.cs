using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Kelly Holmes will start ...": a short first name in "-lly" opening a sentence is no adverb.</summary>
    public class LlyNameTests
    {
        [Fact]
        public void She_refers_to_a_name_opening_with_kelly()
        {
            ExtractedArticle a = Extracted.From(
                "Kelly Holmes will start 2005 with a series of races in Britain.\n\n\"I am still competitive and still want to win,\" she said.");
            Assert.Equal("Kelly Holmes", a.SpeakerOf(a.Quote("I am still competitive")));
        }
    }
}
