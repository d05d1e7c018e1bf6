using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Mr Jones" later in the article tells "Robert Jones"'s gender before any pronoun is read.</summary>
    public class HonorificsAheadTests
    {
        [Fact]
        public void A_later_Mr_keeps_she_off_the_man()
        {
            ExtractedArticle a = Extracted.From(
                "Robert Jones is to contest the seat at the next election. She says she will fight on her record. Mr Jones announced his plans on Monday.");
            Assert.Null(a.SpeakerOf(a.Quote("she will fight on her record")));
        }

        [Fact]
        public void A_later_Ms_lets_she_find_the_woman()
        {
            ExtractedArticle a = Extracted.From(
                "Alex Smith is to contest the seat at the next election. She says she will fight on her record. Ms Smith announced her plans on Monday.");
            Assert.Equal("Alex Smith", a.SpeakerOf(a.Quote("she will fight on her record")));
        }
    }
}
