using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"The chief executive, John Smith, said it rose.": the role before the name is no report.</summary>
    public class RoleBeforeCommaNameTests
    {
        [Theory]
        [InlineData("The company's chief executive, John Smith, said it rose.", "it rose")]
        [InlineData("The Ofcom spokesman, John Smith, said that it was early.", "it was early")]
        [InlineData("The chief executive, John Smith, told the BBC it was early.", "it was early")]
        public void A_role_opening_the_sentence_belongs_to_the_name(string sentence, string said)
        {
            ExtractedArticle a = Extracted.From(sentence);
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal(said, q.Span.Of(a.Text));
            Assert.Equal("John Smith", a.SpeakerOf(q));
        }

        [Fact]
        public void A_role_after_the_report_is_left_out_of_it()
        {
            ExtractedArticle a = Extracted.From("The woman waited two years to sue, her lawyer, Perry Wander, said.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("The woman waited two years to sue", q.Span.Of(a.Text));
        }

        [Fact]
        public void A_report_before_a_commaed_name_stays_the_report()
        {
            ExtractedArticle a = Extracted.From("Sales will rise next year, John Smith, the chief executive, said.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("Sales will rise next year", q.Span.Of(a.Text));
        }
    }
}
