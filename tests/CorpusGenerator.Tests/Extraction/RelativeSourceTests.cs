using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>A relative pronoun stands for an antecedent the lexicon cannot read, as the source of its clause.</summary>
    public class RelativeSourceTests
    {
        [Fact]
        public void The_relative_pronoun_speaks_for_an_unread_antecedent()
        {
            ExtractedArticle a = Extracted.From("The call came from a young fisherman, who said the harbour was closed.");
            ExtractedQuote q = a.Quote("the harbour was closed");
            Assert.Equal("the harbour was closed", q.Span.Of(a.Text));
            Assert.Equal("who", a.MentionOf(q));
            Assert.Null(a.SpeakerOf(q));
        }

        [Fact]
        public void A_relative_clause_that_reports_no_words_is_no_quote()
        {
            Assert.Empty(Extracted.From("The call came from a young fisherman, who mentioned the harbour.").Quotes);
        }
    }
}
