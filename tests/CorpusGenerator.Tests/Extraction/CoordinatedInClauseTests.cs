using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"When X did A and said C, ...", "X, who did A and said C, ...": the cue joined by "and" inside a clause shares the clause's subject.</summary>
    public class CoordinatedInClauseTests
    {
        [Fact]
        public void A_cue_joined_inside_an_opening_when_clause()
        {
            ExtractedArticle a = Extracted.From("The hall was full.\n\nWhen Marta Lindqvist visited the branch and said the library would stay open, the crowd cheered.");
            ExtractedQuote q = a.Quote("the library would stay open");
            Assert.Equal("the library would stay open", q.Span.Of(a.Text));
            Assert.Equal("Marta Lindqvist", a.MentionOf(q));
        }

        [Fact]
        public void A_cue_joined_inside_a_relative_clause()
        {
            ExtractedArticle a = Extracted.From("The hall was full.\n\nMarta Lindqvist, who opened the hall in May and said it would host concerts, did not attend.");
            ExtractedQuote q = a.Quote("it would host concerts");
            Assert.Equal("it would host concerts", q.Span.Of(a.Text));
            Assert.Equal("Marta Lindqvist", a.MentionOf(q));
        }

        [Fact]
        public void A_preposition_is_no_clause_opener()
        {
            ExtractedArticle a = Extracted.From("The hall was full.\n\nMarta Lindqvist went after Ann Brody for her budget and called for her to resign.");
            Assert.All(a.Quotes, q => Assert.Equal("Marta Lindqvist", a.MentionOf(q)));
        }
    }
}
