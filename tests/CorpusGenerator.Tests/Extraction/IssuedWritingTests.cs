using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"X issued a statement saying ...": the participle after a writing its subject put out reports, for the subject.</summary>
    public class IssuedWritingTests
    {
        [Fact]
        public void Issued_a_statement_saying_reports_for_the_subject()
        {
            ExtractedArticle a = Extracted.From("The ferry line cut two routes.\n\nHarbour Ferries issued a statement saying the routes would return in spring.");
            ExtractedQuote q = a.Quote("the routes would return");
            Assert.Equal("the routes would return in spring", q.Span.Of(a.Text));
            Assert.Equal("saying", a.CueOf(q));
            Assert.Equal("Harbour Ferries", a.MentionOf(q));
        }

        [Fact]
        public void A_time_may_stand_between_the_writing_and_the_participle()
        {
            ExtractedArticle a = Extracted.From("The vote was close.\n\nThe Harper campaign sent a fundraising email Wednesday saying that the race was now a two-way contest.");
            ExtractedQuote q = a.Quote("the race was now");
            Assert.Equal("The Harper campaign", a.MentionOf(q));
        }

        [Fact]
        public void A_writing_that_shows_something_reports_nothing()
        {
            ExtractedArticle a = Extracted.From("The storm hit the coast.\n\nResidents posted a video showing the flooded pier.");
            Assert.Empty(a.Quotes);
        }
    }
}
