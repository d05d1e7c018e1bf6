using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "retorted, “I’m a good swimmer” and then dropped the mic": the narrator going on after a
    /// quotation is no part of what was said.
    /// </summary>
    public class QuotationThenNarrationTests
    {
        [Fact]
        public void And_then_after_the_quotation_is_the_narrator()
        {
            ExtractedArticle a = Extracted.From("The contestants met on Monday. Catherine, the target of the line, retorted, “I’m a good swimmer” and then dropped the mic with a crash.");
            ExtractedQuote q = a.Quote("good swimmer");
            Assert.Equal(CorpusGenerator.Extraction.QuoteKind.Direct, q.Kind);
            Assert.Equal("I’m a good swimmer", q.Span.Of(a.Text));
        }

        [Fact]
        public void Which_after_the_quotation_is_the_narrator()
        {
            ExtractedArticle a = Extracted.From("The party ran late on Monday. Demi picked it up and crowed, “Oh, it’s my rose,” which is when Tracy started having palpitations.");
            Assert.Equal("Oh, it’s my rose,", a.Quote("my rose").Span.Of(a.Text));
        }

        [Fact]
        public void A_term_in_lower_case_stays_with_its_clause()
        {
            ExtractedArticle a = Extracted.From("The Prevention of Terrorism Bill was published on Tuesday. It proposes “control orders”, which would mean house arrest.");
            Assert.DoesNotContain(a.Quotes, q => q.Span.Of(a.Text) == "control orders");
        }
    }
}
