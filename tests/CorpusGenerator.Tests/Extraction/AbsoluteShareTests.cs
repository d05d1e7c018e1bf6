using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>A poll's share in a "with ..." absolute phrase speaks the participle after it.</summary>
    public class AbsoluteShareTests
    {
        [Theory]
        [InlineData("Support for the bridge has grown, with 40 percent of residents saying the toll is fair.", "40 percent of residents")]
        [InlineData("Support for the bridge has grown, with three in 10 saying the toll is fair.", "three in 10")]
        public void The_share_speaks_the_participle(string sentence, string share)
        {
            ExtractedArticle a = Extracted.From(sentence);
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("the toll is fair", q.Span.Of(a.Text));
            Assert.Equal(share, a.MentionOf(q));
            Assert.Null(a.SpeakerOf(q));
        }
    }
}
