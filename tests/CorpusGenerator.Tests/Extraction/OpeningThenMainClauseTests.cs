using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "If you took out the self-employed, the income had risen by 20 percent, Mr Milburn said in an
    /// interview on Friday.": an opening subordinate clause followed by its main clause is a whole
    /// report before the speaker.
    /// </summary>
    public class OpeningThenMainClauseTests
    {
        [Fact]
        public void A_subordinate_clause_and_its_main_clause_before_the_speaker_are_what_was_said()
        {
            ExtractedArticle a = Extracted.From("If you took out the self-employed, the income had risen by 20 percent, Mr Milburn said in an interview on Friday.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("If you took out the self-employed, the income had risen by 20 percent", q.Span.Of(a.Text));
        }

        [Fact]
        public void The_listener_after_told_is_not_the_content()
        {
            ExtractedArticle a = Extracted.From("Since 1997, the reported average income had risen by 20 percent in real terms, Mr Milburn told the court in his filing.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("Since 1997, the reported average income had risen by 20 percent in real terms", q.Span.Of(a.Text));
        }
    }
}
