using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "The income had risen by 20 percent, Mr Milburn told BBC Radio 4's Today programme.": a
    /// possessive written against a number is part of the listener's name, and what was told went
    /// before the speaker.
    /// </summary>
    public class NumberPossessiveListenerTests
    {
        [Fact]
        public void A_listener_with_a_number_possessive_is_not_the_content()
        {
            ExtractedArticle a = Extracted.From("The reported average income had risen by 20 percent in real terms, Mr Milburn told BBC Radio 4's Today programme.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("The reported average income had risen by 20 percent in real terms", q.Span.Of(a.Text));
        }
    }
}
