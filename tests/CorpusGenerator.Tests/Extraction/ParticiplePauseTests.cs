using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// A participle cue set off from the main clause by a comma inside a closing quotation mark,
    /// or by a dash, is spoken by the main clause's subject.
    /// </summary>
    public class ParticiplePauseTests
    {
        [Fact]
        public void A_participle_after_a_quotation_closing_with_a_comma_takes_the_main_subject()
        {
            ExtractedArticle a = Extracted.From("Ann Brody rejected the plan as \"a gift to developers,\" saying the city could not afford it.");
            ExtractedQuote q = a.Quote("the city could not afford it");
            Assert.Equal("the city could not afford it", q.Span.Of(a.Text));
            Assert.Equal("Ann Brody", a.MentionOf(q));
            Assert.Equal("saying", a.CueOf(q));
        }

        [Fact]
        public void A_participle_after_a_dash_takes_the_main_subject()
        {
            ExtractedArticle a = Extracted.From("Ann Brody changed her vote on the spot \u2013 saying the city could not afford the plan.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("the city could not afford the plan", q.Span.Of(a.Text));
            Assert.Equal("Ann Brody", a.MentionOf(q));
        }
    }
}
