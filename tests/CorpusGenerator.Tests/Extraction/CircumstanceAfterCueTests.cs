using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "Sales are expected to fall in 2005, Fiat said this week, as it exits unprofitable areas":
    /// when it was said ("this week") and a clause on the occasion after the cue are no report;
    /// what was said is the clause before the speaker.
    /// </summary>
    public class CircumstanceAfterCueTests
    {
        [Fact]
        public void This_week_and_an_as_clause_after_the_cue_leave_the_content_before_it()
        {
            ExtractedArticle a = Extracted.From("Sales are expected to fall in 2005, Fiat said this week, as it exits unprofitable areas such as the rental car market.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("Sales are expected to fall in 2005", q.Span.Of(a.Text));
        }

        [Fact]
        public void A_relative_clause_on_the_interview_is_not_what_was_said()
        {
            ExtractedArticle a = Extracted.From("The reason for this is that it would have weakened the case for war, Lord Butler said in his Spectator interview, which was conducted by the magazine's editor.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("The reason for this is that it would have weakened the case for war", q.Span.Of(a.Text));
        }
    }
}
