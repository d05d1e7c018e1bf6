using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"C, as The Harbour Times reported on Tuesday.": a closing "as" clause names the source of the clause before it.</summary>
    public class AsClauseSourceTests
    {
        [Fact]
        public void A_closing_as_clause_attributes_the_clause_before_it()
        {
            ExtractedArticle a = Extracted.From("The hall was full.\n\nAnn Brody also met the mayor that day, as The Harbour Times reported on Tuesday.");
            ExtractedQuote q = a.Quote("met the mayor");
            Assert.Equal("Ann Brody also met the mayor that day", q.Span.Of(a.Text));
            Assert.Equal("Harbour Times", a.MentionOf(q));
        }

        [Fact]
        public void A_report_after_the_as_clause_cue_stays_its_content()
        {
            ExtractedArticle a = Extracted.From("The hall was full.\n\nThe bridge reopened in May, as Marta Lindqvist said it would.");
            Assert.DoesNotContain(a.QuoteTexts(), x => x.Contains("The bridge reopened"));
        }

        [Fact]
        public void A_borrowed_saying_reports_nothing()
        {
            ExtractedArticle a = Extracted.From("The hall was full.\n\nThe new game is as cheap as chips, as they say.");
            Assert.Empty(a.Quotes);
        }
    }
}
