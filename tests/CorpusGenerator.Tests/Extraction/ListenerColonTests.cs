using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"told the Westfield Gazette: “Q”": the listener before the colon is no part of what was said.</summary>
    public class ListenerColonTests
    {
        [Fact]
        public void The_quotation_after_told_listener_colon_is_a_direct_quote()
        {
            ExtractedArticle a = Extracted.From("Councillor Mary Holt told the Westfield Gazette: \"We will not close the library while I am in charge.\"");
            ExtractedQuote q = a.Quote("We will not close");
            Assert.Equal(CorpusGenerator.Extraction.QuoteKind.Direct, q.Kind);
            Assert.DoesNotContain("Gazette", q.Span.Of(a.Text));
            Assert.Equal("Mary Holt", a.SpeakerOf(q));
        }

        [Fact]
        public void A_clause_before_the_colon_stays_in_the_quote()
        {
            ExtractedArticle a = Extracted.From("Councillor Mary Holt told the meeting that the plan had one flaw: \"nobody will pay for it.\"");
            Assert.Contains("the plan had one flaw", a.Quote("nobody will pay").Span.Of(a.Text));
        }
    }
}
