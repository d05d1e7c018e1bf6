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
        public void A_nested_report_stays_its_speakers_and_the_source_reports_nothing_more()
        {
            // The quoted person keeps the quote (NestedSourceTests); the source's tail is no quote.
            ExtractedArticle a = Extracted.From("Mayor Lena Park said the harbour would reopen in May, according to lawyers for the family.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("the harbour would reopen in May", q.Span.Of(a.Text));
            Assert.Equal("Lena Park", a.SpeakerOf(q));
        }

        [Fact]
        public void A_clause_after_the_name_is_what_it_reports()
        {
            ExtractedArticle a = Extracted.From("According to the Coastal Institute in its report the harbour will reopen in May.");
            Assert.DoesNotContain(a.QuoteTexts(), x => x == "in its report");
        }

        [Fact]
        public void A_participle_after_the_source_qualifies_it()
        {
            ExtractedArticle a = Extracted.From("Most residents say they want the ferry back, according to a Coastal Herald poll released Thursday.");
            Assert.DoesNotContain(a.QuoteTexts(), x => x == "released Thursday");
            Assert.Equal("Most residents", a.MentionOf(a.Quote("they want the ferry back")));
        }

        [Fact]
        public void A_relative_clause_closing_the_sentence_describes_the_source()
        {
            ExtractedArticle a = Extracted.From("The ferry has carried more cars this year, according to the Harbour Institute, which monitors shipping.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("The ferry has carried more cars this year", q.Span.Of(a.Text));
            Assert.Contains("Harbour Institute", a.MentionOf(q));
        }
    }
}
