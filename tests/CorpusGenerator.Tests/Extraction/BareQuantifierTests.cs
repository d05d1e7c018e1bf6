using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Many said they were confused": a quantifier opening its sentence alone is no typed speaker.</summary>
    public class BareQuantifierTests
    {
        [Fact]
        public void A_bare_opening_quantifier_is_no_typed_speaker()
        {
            ExtractedArticle a = Extracted.From("A recent survey said that only 4% of mobile owners were thinking of upgrading. Many said they were confused about the different ways to pay.");
            ExtractedQuote q = Assert.Single(a.Quotes, x => x.Span.Of(a.Text).StartsWith("they were confused"));
            Assert.Null(a.SpeakerOf(q));
            Assert.DoesNotContain(a.Speakers, s => s.Name == "Many");
        }

        [Fact]
        public void A_quantifier_with_its_noun_is_kept()
        {
            ExtractedArticle a = Extracted.From("Many lawmakers said they were confused about the different ways to pay.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("Many lawmakers", a.SpeakerOf(q));
        }
    }
}
