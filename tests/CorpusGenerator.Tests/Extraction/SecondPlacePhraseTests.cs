using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "C, Hillary Clinton declared in an interview Thursday, in the latest escalation of words
    /// between the candidates.": a second phrase of where or how after the first one's comma is
    /// still circumstance, so what was declared is C, not the phrases after the cue.
    /// </summary>
    public class SecondPlacePhraseTests
    {
        [Fact]
        public void A_second_prepositional_phrase_after_the_cue_leaves_the_content_before_the_speaker()
        {
            ExtractedArticle a = Extracted.From(
                "The mayor's plan would \"end the bus service we know,\" Maria Ruiz declared in an interview Thursday, in the latest escalation of words between the two candidates.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.StartsWith("The mayor's plan would", q.Span.Of(a.Text), System.StringComparison.Ordinal);
            Assert.Equal("Maria Ruiz", a.MentionOf(q));
        }

        [Fact]
        public void A_clause_after_the_second_phrase_is_still_what_was_said()
        {
            ExtractedArticle a = Extracted.From(
                "Maria Ruiz said on Thursday, in a reversal, the council would keep the bus service running.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Contains("the council would keep the bus service running", q.Span.Of(a.Text), System.StringComparison.Ordinal);
        }
    }
}
