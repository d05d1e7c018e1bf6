using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "On Tuesday, traders in Asia said": a place after a noun the lexicon does not know is
    /// inside the subject phrase; the phrase speaks, not the place.
    /// </summary>
    public class HeadlessObjectTests
    {
        [Fact]
        public void The_phrase_around_a_place_speaks()
        {
            ExtractedArticle a = Extracted.From(
                "On Tuesday, traders in Asia said that both banks had withdrawn their bids.");
            Assert.Equal("traders in Asia", a.MentionOf(a.Quote("both banks had withdrawn")));
        }

        [Fact]
        public void The_phrase_around_a_building_speaks()
        {
            ExtractedArticle a = Extracted.From(
                "One operative inside Harbor Tower said the comments were no big deal.");
            Assert.Equal("One operative inside Harbor Tower", a.MentionOf(a.Quote("the comments were no big deal")));
        }

        [Fact]
        public void A_clause_before_the_place_is_no_phrase()
        {
            ExtractedArticle a = Extracted.From(
                "The party offered fresh ammunition to Republicans who say the law is a money pit.");
            Assert.DoesNotContain(a.Quotes, q => (a.MentionOf(q) ?? "").StartsWith("The party", System.StringComparison.Ordinal));
        }
    }
}
