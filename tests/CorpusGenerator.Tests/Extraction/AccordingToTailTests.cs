using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>A short phrase after the name that an "according to" closes its sentence with is part of the source, not what it reports.</summary>
    public class AccordingToTailTests
    {
        [Fact]
        public void The_phrase_after_the_name_is_the_rest_of_the_source()
        {
            ExtractedArticle a = Extracted.From("The harbour will reopen in May, according to the Coastal Institute for Maritime Research.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("The harbour will reopen in May", q.Span.Of(a.Text));
            Assert.Contains("Coastal Institute", a.MentionOf(q));
        }

        [Fact]
        public void A_nested_report_goes_to_the_whole_source()
        {
            ExtractedArticle a = Extracted.From("Mayor Lena Park said the harbour would reopen in May, according to lawyers for the family.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("the harbour would reopen in May", q.Span.Of(a.Text));
            Assert.StartsWith("lawyers", a.MentionOf(q));
        }

        [Fact]
        public void A_clause_after_the_name_is_what_it_reports()
        {
            ExtractedArticle a = Extracted.From("According to the Coastal Institute in its report the harbour will reopen in May.");
            Assert.DoesNotContain(a.QuoteTexts(), x => x == "in its report");
        }
    }
}
