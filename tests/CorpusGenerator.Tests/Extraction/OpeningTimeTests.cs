using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>A short phrase of time before the speaker says when, and is never the content.</summary>
    public class OpeningTimeTests
    {
        [Fact]
        public void A_phrase_of_time_before_the_speaker_leaves_the_short_report_after_the_cue()
        {
            ExtractedArticle a = Extracted.From("Later in the day, Ann Brody said she would resign.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("she would resign", q.Span.Of(a.Text));
            Assert.Equal("Ann Brody", a.MentionOf(q));
        }

        [Fact]
        public void A_short_clause_before_the_speaker_is_still_the_content()
        {
            ExtractedArticle a = Extracted.From("The vote failed, Ann Brody said on Monday.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("The vote failed", q.Span.Of(a.Text));
        }
    }
}
