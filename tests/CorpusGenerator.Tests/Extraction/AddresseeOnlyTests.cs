using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "The bridge will reopen in June, a city spokesman told The Harbor City Ledger.": after "told"
    /// only who listened; what was told is the clause before the speaker.
    /// </summary>
    public class AddresseeOnlyTests
    {
        [Fact]
        public void A_newspaper_after_told_is_the_listener_not_the_content()
        {
            ExtractedArticle a = Extracted.From("The bridge will reopen in June, a city spokesman told The Harbor City Ledger.");
            ExtractedQuote q = a.Quote("The bridge will reopen");
            Assert.Equal("told", a.CueOf(q));
            Assert.DoesNotContain("Ledger", q.Span.Of(a.Text));
        }

        [Theory]
        [InlineData("The county was only doing what other counties do, she told the court in her filing.", "The county was only doing what other counties do")]
        [InlineData("“The bridge will reopen in June,” the works director, Ann Brody, told a council panel Wednesday.", "The bridge will reopen in June,")]
        public void A_lower_case_listener_and_where_or_when_after_told_leave_the_content_before(string text, string content)
        {
            ExtractedArticle a = Extracted.From(text);
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal(content, q.Span.Of(a.Text).Trim('“', '”'));
        }

        [Fact]
        public void A_listener_and_a_time_after_told_leave_the_content_before()
        {
            ExtractedArticle a = Extracted.From("Nobody saw the final draft, Senator Ruth Okoye told the Harbor City Gazette on Thursday.");
            Assert.Equal("Ruth Okoye", a.MentionOf(a.Quote("Nobody saw the final draft")));
        }
    }
}
