using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "Acme said the system will work in nearly all players, but it did not specify how many":
    /// a denied verb of saying after "but" is the writer's remark, and the report ends before it.
    /// </summary>
    public class WithheldDetailsTests
    {
        [Fact]
        public void A_denied_verb_of_saying_with_a_subject_ends_the_report()
        {
            ExtractedArticle a = Extracted.From("Acme said the new system will work in nearly all current players, but it did not specify how many machines could fail.");
            ExtractedQuote q = a.Quote("new system");
            Assert.Equal("the new system will work in nearly all current players", q.Span.Of(a.Text));
        }

        [Fact]
        public void A_denied_verb_of_saying_without_a_subject_ends_the_report()
        {
            ExtractedArticle a = Extracted.From("The minister said the talks had made progress but declined to comment on when a deal might be signed.");
            ExtractedQuote q = a.Quote("talks had made");
            Assert.Equal("the talks had made progress", q.Span.Of(a.Text));
        }

        [Fact]
        public void A_denied_act_stays_reported()
        {
            ExtractedArticle a = Extracted.From("The minister said the firm had tried to expand, but it could not find enough workers.");
            ExtractedQuote q = a.Quote("firm had tried");
            Assert.Equal("the firm had tried to expand, but it could not find enough workers", q.Span.Of(a.Text));
        }
    }
}
