using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "A letter from the Legion obtained by The Associated Press warns that ...": the agent of
    /// "obtained" or "seen" read the writing; the writing speaks, not its reader.
    /// </summary>
    public class ReceivedWritingTests
    {
        [Fact]
        public void A_writing_seen_by_a_news_agency_speaks()
        {
            ExtractedArticle a = Extracted.From(
                "An internal council memo seen by Channel Nine said the depot had been hacked twice.");
            ExtractedQuote q = a.Quote("the depot had been hacked");
            Assert.Equal("An internal council memo", a.MentionOf(q));
            Assert.Null(a.SpeakerOf(q));
        }

        [Fact]
        public void A_writing_with_its_author_obtained_by_a_paper_speaks()
        {
            ExtractedArticle a = Extracted.From(
                "A March 3 letter from the Veterans League obtained by The Daily Post warns that any further contact will be through lawyers.");
            Assert.Equal("A March 3 letter from the Veterans League", a.MentionOf(a.Quote("any further contact")));
        }

        [Fact]
        public void A_writing_issued_by_its_author_keeps_the_author()
        {
            ExtractedArticle a = Extracted.From(
                "The statement issued by Lycos also said the company would cut jobs.");
            Assert.Equal("Lycos", a.MentionOf(a.Quote("the company would cut jobs")));
        }
    }
}
