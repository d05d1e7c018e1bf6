using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"called on X to act", "warned of the dangers": the preposition belongs to the cue, not to what was said.</summary>
    public class PrepositionalCueTests
    {
        [Fact]
        public void Called_on_keeps_on_out_of_the_quote()
        {
            ExtractedArticle a = Extracted.From("The Farmers Union has called on the government to cut fuel duty before the spring.");
            Assert.Single(a.Quotes);
            Assert.StartsWith("the government to cut fuel duty", a.QuoteTexts()[0]);
            Assert.Equal("called on", a.CueOf(a.Quotes[0]));
        }

        [Fact]
        public void Warned_of_keeps_of_out_of_the_quote()
        {
            ExtractedArticle a = Extracted.From("Finance minister Anna Berg warned of a steep fall in exports next year.");
            Assert.Single(a.Quotes);
            Assert.StartsWith("a steep fall in exports", a.QuoteTexts()[0]);
            Assert.Equal("warned of", a.CueOf(a.Quotes[0]));
        }

        [Fact]
        public void An_infinitive_stays_in_the_quote()
        {
            ExtractedArticle a = Extracted.From("Finance minister Anna Berg pledged to cut fuel duty before the spring.");
            Assert.Single(a.Quotes);
            Assert.StartsWith("to cut fuel duty", a.QuoteTexts()[0]);
        }
    }
}
