using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Confederation" and "Chamber" head an organisation's name across its inner "of".</summary>
    public class ConfederationNameTests
    {
        [Fact]
        public void A_confederation_keeps_its_of_phrase()
        {
            ExtractedArticle a = Extracted.From("But the Confederation of Danish Employers called for \"a careful approach\" to the rise.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("the Confederation of Danish Employers", a.SpeakerOf(q));
        }

        [Fact]
        public void A_chamber_keeps_its_of_phrase()
        {
            ExtractedArticle a = Extracted.From("The Chamber of Shipping said the new rules were \"unworkable\".");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("The Chamber of Shipping", a.SpeakerOf(q));
        }
    }
}
