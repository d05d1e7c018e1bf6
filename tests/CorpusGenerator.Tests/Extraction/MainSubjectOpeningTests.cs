using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>The main clause's subject past an opening conjunction or an opening adverb of place: "And he ..., promising that", "Early in ..., X attacked Y, calling".</summary>
    public class MainSubjectOpeningTests
    {
        [Fact]
        public void Past_an_opening_conjunction()
        {
            ExtractedArticle a = Extracted.From("Marta Lindqvist spoke at the depot.\n\nAnd she played down the strike, promising that the trains would run.");
            ExtractedQuote q = a.Quote("the trains would run");
            Assert.Equal("promising", a.CueOf(q));
            Assert.Equal("she", a.MentionOf(q));
        }

        [Fact]
        public void Past_an_opening_adverb_of_place()
        {
            ExtractedArticle a = Extracted.From("The depot reopened.\n\nHere in Tromso, Marta Lindqvist praised the drivers, saying the service had never been better.");
            Assert.Equal("Marta Lindqvist", a.MentionOf(a.Quote("the service had never been better")));
        }

        [Fact]
        public void A_means_inside_what_was_said_stays_in_it()
        {
            ExtractedArticle a = Extracted.From("The depot reopened.\n\nAnd Marta Lindqvist said the builders had cut costs by adding cheaper steel.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("the builders had cut costs by adding cheaper steel", q.Span.Of(a.Text));
        }
    }
}
