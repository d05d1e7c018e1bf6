using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "He told the Financial Times it expected its exposure to be limited.": "the" and a
    /// capitalised name after "told" is who listened, not part of what was told.
    /// </summary>
    public class NamedListenerTests
    {
        [Fact]
        public void The_named_listener_after_told_is_left_out_of_the_content()
        {
            ExtractedArticle a = Extracted.From("Munich Re told the Financial Times it expected its exposure to be limited to holiday resorts.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("it expected its exposure to be limited to holiday resorts", q.Span.Of(a.Text));
        }

        [Theory]
        [InlineData("Google told the BBC News website it was aware of the problems.", "it was aware of the problems")]
        [InlineData("She told the Guardian newspaper there would be no super-casinos.", "there would be no super-casinos")]
        public void The_kind_of_outlet_after_its_name_is_part_of_the_listener(string sentence, string told)
        {
            ExtractedArticle a = Extracted.From(sentence);
            Assert.Equal(told, Assert.Single(a.Quotes).Span.Of(a.Text));
        }

        [Fact]
        public void A_lower_case_listener_stays_in_the_content()
        {
            ExtractedArticle a = Extracted.From("The mayor told the council the plan would cost millions of dollars.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.StartsWith("the council", q.Span.Of(a.Text), System.StringComparison.Ordinal);
        }
    }
}
