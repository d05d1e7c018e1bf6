using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "He said that was a misconception": a "that" right before a finite verb is the reported
    /// clause's subject, not the complementiser, and stays in what was said.
    /// </summary>
    public class DemonstrativeThatTests
    {
        [Fact]
        public void That_before_a_finite_verb_is_the_reported_subject()
        {
            ExtractedArticle a = Extracted.From("Critics fear the tags can be read from far away. Dr Jan Vos said that was a misconception based on a lack of awareness.");
            ExtractedQuote q = a.Quote("misconception");
            Assert.Equal("that was a misconception based on a lack of awareness", q.Span.Of(a.Text));
        }

        [Fact]
        public void That_before_a_modal_is_the_reported_subject()
        {
            ExtractedArticle a = Extracted.From("The bill would let councils set their own rates. But opposition parties say that will not happen in practice.");
            ExtractedQuote q = a.Quote("will not happen");
            Assert.Equal("that will not happen in practice", q.Span.Of(a.Text));
        }

        [Fact]
        public void That_before_a_subject_stays_the_complementiser()
        {
            ExtractedArticle a = Extracted.From("Dr Jan Vos said that the tags were safe and that had he known of the risk he would have said so.");
            ExtractedQuote q = a.Quote("tags were safe");
            Assert.StartsWith("the tags were safe", q.Span.Of(a.Text), System.StringComparison.Ordinal);
        }
    }
}
