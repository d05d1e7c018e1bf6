using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Addressing claims that ...": a participle opening the sentence is no typed speaker (OpeningCommonWords).</summary>
    public class OpeningParticipleTests
    {
        [Fact]
        public void An_opening_participle_before_a_cue_names_no_one()
        {
            ExtractedArticle a = Extracted.From(
                "Chasing a scent trail is still legal. Addressing claims that the new law was unenforceable, Mr Michael told BBC Radio 4 it would be enforced.");
            foreach (ExtractedQuote q in a.Quotes)
            {
                Assert.NotEqual("Addressing", a.SpeakerOf(q));
            }
        }

        [Fact]
        public void A_place_in_ing_that_says_still_speaks()
        {
            ExtractedArticle a = Extracted.From("Washington argues that lifting the embargo is a risk. Beijing says Taiwan is part of Chinese territory.");
            Assert.Equal("Beijing", a.SpeakerOf(a.Quote("Taiwan is part of Chinese territory")));
        }
    }
}
