using System.Linq;
using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// <c>said: "I've lost three years of my life. He added: "The authorities ..."</c>: a quote left
    /// unclosed before a lead-in and its colon ends with the sentence before the lead-in, so the
    /// lead-in's cue attributes the next quote instead of being swallowed by the first.
    /// </summary>
    public class ColonLeadInQuoteTests
    {
        private const string Text =
            "Mr Mubanga, who insists he does not feel bitter, said: \"I've lost three years of my life, because I was a Muslim. " +
            "He added: \"The authorities wanted to break me but they strengthened me.\" The US government denied the claims.";

        [Fact]
        public void The_unclosed_quote_ends_before_the_lead_in()
        {
            ExtractedArticle a = Extracted.From(Text);
            ExtractedQuote q = a.Quote("lost three years");
            Assert.DoesNotContain("He added", q.Span.Of(a.Text), System.StringComparison.Ordinal);
            Assert.EndsWith("because I was a Muslim.", q.Span.Of(a.Text).TrimEnd('"'), System.StringComparison.Ordinal);
        }

        [Fact]
        public void The_lead_in_attributes_the_next_quote()
        {
            ExtractedArticle a = Extracted.From(Text);
            ExtractedQuote q = a.Quote("authorities wanted");
            Assert.Equal("added", a.CueOf(q));
            Assert.Equal("He", a.MentionOf(q));
        }
    }
}
