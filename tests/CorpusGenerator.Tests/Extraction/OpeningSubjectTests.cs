using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// A participle clause after the main clause is spoken by the phrase that opens the sentence,
    /// up to its verb, even when the lexicon knows nothing of that phrase's head.
    /// </summary>
    public class OpeningSubjectTests
    {
        [Fact]
        public void The_opening_phrase_speaks_the_participle_clause()
        {
            ExtractedArticle a = Extracted.From("The Lithuanians have rejected the offer, saying the price was far too low.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("the price was far too low", q.Span.Of(a.Text));
            Assert.Equal("The Lithuanians", a.MentionOf(q));
            Assert.Null(a.SpeakerOf(q));
        }

        [Fact]
        public void One_before_a_noun_opens_the_subject_phrase()
        {
            ExtractedArticle a = Extracted.From("One engineer inside the shipyard tried to play down the offer, saying the price was far too low.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("the price was far too low", q.Span.Of(a.Text));
            Assert.Equal("One engineer inside the shipyard", a.MentionOf(q));
        }

        [Fact]
        public void The_opening_phrase_speaks_past_an_appositive()
        {
            ExtractedArticle a = Extracted.From("Other bidders, including two shipyards, have followed suit, saying the price was far too low.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("Other bidders", a.MentionOf(q));
        }

        [Fact]
        public void An_opening_adverbial_is_no_subject()
        {
            Assert.Empty(Extracted.From("In the spring of that year rejected offers piled up, saying nothing of the price.").Quotes);
        }
    }
}
