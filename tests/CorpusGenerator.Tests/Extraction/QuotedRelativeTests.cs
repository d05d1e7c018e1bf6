using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>A relative clause with a subject of its own whose cue quotes words is an attribution of its own.</summary>
    public class QuotedRelativeTests
    {
        [Fact]
        public void Which_she_called_quotes_her_words()
        {
            ExtractedArticle a = Extracted.From("Mayor Lena Park said she backs a bill that would limit the harbour board, which she called “a cartel for shipping.”");
            ExtractedQuote inner = a.Quote("a cartel for shipping");
            Assert.Equal("she", a.MentionOf(inner));
            Assert.Equal("called", a.CueOf(inner));
            Assert.Equal("Lena Park", a.SpeakerOf(inner));

            ExtractedQuote outer = a.Quote("she backs a bill");
            Assert.Equal("she backs a bill that would limit the harbour board", outer.Span.Of(a.Text));
            Assert.Equal("Lena Park", a.MentionOf(outer));
        }

        [Fact]
        public void Whom_he_described_as_quotes_his_words()
        {
            ExtractedArticle a = Extracted.From("Inspector Ravi Sandhu said observers were sent with the marchers, whom he described as “peaceful,” for the length of the route.");
            ExtractedQuote inner = a.Quote("peaceful");
            Assert.Equal("he", a.MentionOf(inner));
            Assert.Equal("described", a.CueOf(inner));
        }

        [Fact]
        public void A_relative_clause_without_a_quotation_stays_in_the_report()
        {
            ExtractedArticle a = Extracted.From("Mayor Lena Park said she backs a bill that would limit the harbour board, which she called a cartel.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("Lena Park", a.MentionOf(q));
        }
    }
}
