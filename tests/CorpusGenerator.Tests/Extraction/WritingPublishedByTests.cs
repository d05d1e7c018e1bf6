using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"according to figures revealed by X": a writing put out by its author, named after a participle and "by".</summary>
    public class WritingPublishedByTests
    {
        [Fact]
        public void The_body_that_revealed_the_figures_is_the_source()
        {
            ExtractedArticle a = Extracted.From("The Greens spent £404,000 on the campaign, according to figures revealed by the Electoral Commission on Wednesday.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("The Greens spent £404,000 on the campaign", q.Span.Of(a.Text));
            Assert.Equal("the Electoral Commission", a.SpeakerOf(q));
        }

        [Fact]
        public void The_ministry_that_released_the_numbers_is_the_source()
        {
            ExtractedArticle a = Extracted.From("Ferry traffic grew by a third in 2004, according to numbers released by the Harbour Ministry.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("the Harbour Ministry", a.SpeakerOf(q));
        }

        [Fact]
        public void A_payer_is_not_the_author()
        {
            ExtractedArticle a = Extracted.From("Ferry traffic grew by a third in 2004, according to a survey commissioned by the Harbour Ministry.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Null(a.SpeakerOf(q));
        }
    }
}
