using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>A cue in a subordinate clause inside another cue's report is part of that report.</summary>
    public class SubordinateCueTests
    {
        [Fact]
        public void A_cue_after_when_inside_a_report_is_part_of_it()
        {
            ExtractedArticle a = Extracted.From("Mayor Lena Park acknowledged that she had misspoken when she claimed that the harbour was safe.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("she had misspoken when she claimed that the harbour was safe", q.Span.Of(a.Text));
            Assert.Equal("Lena Park", a.MentionOf(q));
        }

        [Fact]
        public void A_clause_after_a_comma_is_the_writers()
        {
            ExtractedArticle a = Extracted.From("Mayor Lena Park said the harbour would reopen in May, though she acknowledged it was unlikely.");
            Assert.Equal("Lena Park", a.MentionOf(a.Quote("the harbour would reopen")));
            ExtractedQuote q = a.Quote("it was unlikely");
            Assert.Equal("it was unlikely", q.Span.Of(a.Text));
            Assert.Equal("she", a.MentionOf(q));
        }

        [Fact]
        public void A_quotation_the_inner_cue_introduces_stays_its_own()
        {
            ExtractedArticle a = Extracted.From("Mayor Lena Park added it was hard to answer when people asked “What has the council done for us?”");
            ExtractedQuote q = a.Quote("What has the council done");
            Assert.Equal("people", a.MentionOf(q));
        }
    }
}
