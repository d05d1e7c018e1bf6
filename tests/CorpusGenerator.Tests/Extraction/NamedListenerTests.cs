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
        public void A_paper_named_for_its_day_is_the_listener_not_the_content()
        {
            ExtractedArticle a = Extracted.From("Mr Howard told the Sunday Times the party would also reduce the number of special advisers.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("the party would also reduce the number of special advisers", q.Span.Of(a.Text));
        }

        [Fact]
        public void A_named_subject_after_the_named_listener_opens_the_content()
        {
            ExtractedArticle a = Extracted.From("A Labour source told the Sunday Times Mr Campbell would front the election media campaign.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("Mr Campbell would front the election media campaign", q.Span.Of(a.Text));
        }

        [Fact]
        public void A_paper_named_for_its_day_alone_after_a_quote_is_no_content()
        {
            ExtractedArticle a = Extracted.From("Deutsche Boerse rejected the bid.\n\n\"We are not scared to take this to its conclusion this time,\" Atticus' David Slager told the Sunday Times.");
            Assert.DoesNotContain("the Sunday Times", a.QuoteTexts());
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
