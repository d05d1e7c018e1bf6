using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"According to the statistics office, Destatis, C": the name set off after the source's phrase is the source's, not part of C.</summary>
    public class AccordingToNameTests
    {
        [Fact]
        public void A_bodys_name_after_an_opening_according_to_is_left_out_of_the_report()
        {
            ExtractedArticle a = Extracted.From("According to the statistics office, Destatis, rising exports were outweighed by weak domestic demand.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("rising exports were outweighed by weak domestic demand", q.Span.Of(a.Text));
        }

        [Fact]
        public void A_name_with_an_appositive_of_its_own_is_the_subject_of_the_report()
        {
            ExtractedArticle a = Extracted.From("According to analysts, HSBC, the biggest UK bank by value, will report profits of £9bn.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("HSBC, the biggest UK bank by value, will report profits of £9bn", q.Span.Of(a.Text));
        }

        [Fact]
        public void A_title_after_a_document_stays_in_the_report()
        {
            ExtractedArticle a = Extracted.From("According to the report, Intifada, Closures and Crisis: An Assessment, there is a close link between closures and jobs.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.StartsWith("Intifada, Closures", q.Span.Of(a.Text), System.StringComparison.Ordinal);
        }
    }
}
