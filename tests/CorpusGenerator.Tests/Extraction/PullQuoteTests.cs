using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// A pull quote: a quotation from the body repeated in a box of its own, its speaker on the
    /// last line inside the marks. The body's copy is the quotation; the box repeats it.
    /// </summary>
    public class PullQuoteTests
    {
        private const string Article =
            "The plan passed on Monday.\n\n" +
            "\"We are going to need every one of these new teachers before the winter,\" said Nora Ellis, the district's director.\n\n" +
            "\"We are going to need every one of these new teachers before the winter.\nNora Ellis, district director.\"\n\n" +
            "The board meets again in May.";

        [Fact]
        public void A_pull_quote_repeating_a_body_quote_is_not_extracted_again()
        {
            ExtractedArticle a = Extracted.From(Article);
            ExtractedQuote q = a.Quote("every one of these new teachers");
            Assert.Equal("Nora Ellis", a.MentionOf(q));
        }

        [Fact]
        public void A_quotation_with_a_line_break_that_repeats_nothing_stays()
        {
            ExtractedArticle a = Extracted.From(
                "The plan passed on Monday.\n\n\"We will hire forty teachers before the winter comes to the valley.\nThe district will pay for it.\"\n\nThe board meets again in May.");
            Assert.Single(a.Quotes);
        }
    }
}
