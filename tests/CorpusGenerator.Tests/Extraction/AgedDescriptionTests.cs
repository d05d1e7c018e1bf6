using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    // The runtime library has a QuoteKind too (CorpusGenerator.QuoteKind); these tests mean the engine's.
    using QuoteKind = CorpusGenerator.Extraction.QuoteKind;

    /// <summary>
    /// "the 34-year-old mother of three replied": an unnamed speaker described by age, whose
    /// count after "of" belongs to the noun, not to a share of a polled group.
    /// </summary>
    public class AgedDescriptionTests
    {
        [Fact]
        public void An_aged_description_with_a_count_after_of_speaks_its_own_quote()
        {
            ExtractedArticle a = Extracted.From(
                "She said fathers would not be eligible, and when pressed, the 34-year-old mother of three replied, \"It is meant to benefit the mother.\"");
            ExtractedQuote q = a.Quote("It is meant");
            Assert.Equal(QuoteKind.Direct, q.Kind);
            Assert.Equal("the 34-year-old mother of three", a.MentionOf(q));
            Assert.Equal("replied", a.CueOf(q));
            Assert.Equal("She", a.MentionOf(a.Quote("fathers would not")));
            Assert.DoesNotContain("It is meant", a.Quote("fathers would not").Span.Of(a.Text));
        }

        [Fact]
        public void An_aged_description_is_named_as_written_not_looked_up_as_a_role()
        {
            ExtractedArticle a = Extracted.From(
                "Sen. Ted Cruz spoke on Monday. Lori Bernstein held up a sign. The 57-year-old scientist says she doesn't take the comparisons lightly.");
            ExtractedQuote q = a.Quote("comparisons lightly");
            Assert.Equal("The 57-year-old scientist", a.MentionOf(q));
            Assert.NotEqual("Ted Cruz", a.SpeakerOf(q));
        }
    }
}
