using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "Mr Rangel said the land reform is not against the constitution, which permits private
    /// property, while stressing the efforts are to end years of inequality": ", while" and a verb of saying is the speaker's next act, not more of
    /// what was said.
    /// </summary>
    public class WhileParticipleTests
    {
        [Fact]
        public void While_and_a_participle_of_saying_ends_the_content()
        {
            ExtractedArticle a = Extracted.From("In a statement, Mr Rangel said the land reform is not against the constitution, which permits private property, while stressing the efforts are to end years of inequality.");
            ExtractedQuote q = a.Quote("the land reform");
            Assert.Equal("the land reform is not against the constitution, which permits private property", q.Span.Of(a.Text));
        }

        [Fact]
        public void While_and_another_participle_stays_in_the_content()
        {
            ExtractedArticle a = Extracted.From("The report suggests doubling the money candidates can spend, while cutting national spending limits to 15 million pounds.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.EndsWith("while cutting national spending limits to 15 million pounds", q.Span.Of(a.Text), System.StringComparison.Ordinal);
        }
    }
}
