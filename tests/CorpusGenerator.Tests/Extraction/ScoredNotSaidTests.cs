using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "add" also means to score or gain: with a plain noun phrase after it and no verb, nothing
    /// is reported; with a clause after it, the report stays.
    /// </summary>
    public class ScoredNotSaidTests
    {
        [Fact]
        public void Added_with_a_noun_phrase_reports_nothing()
        {
            ExtractedArticle a = Extracted.From("Sam Fenwick added a second goal with a low shot in injury time.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void Added_with_a_noun_phrase_takes_no_quote_before_it()
        {
            ExtractedArticle a = Extracted.From(
                "Lena Moss runs the school. \"The rooms are bright and warm.\" The school plans to build a hall and add two new classrooms.");
            Assert.Null(a.MentionOf(a.Quote("The rooms are bright")));
            Assert.DoesNotContain(a.QuoteTexts(), q => q.Contains("new classrooms"));
        }

        [Fact]
        public void Added_with_a_clause_still_reports_it()
        {
            ExtractedArticle a = Extracted.From("Sam Fenwick added the team needs a new striker.");
            Assert.Equal("Sam Fenwick", a.MentionOf(a.Quote("the team needs a new striker")));
        }
    }
}
