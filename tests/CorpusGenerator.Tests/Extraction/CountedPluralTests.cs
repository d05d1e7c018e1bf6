using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "The first four states that vote hold few delegates": a cue word in -s counted by a number
    /// above one is a plural noun, not a verb of saying.
    /// </summary>
    public class CountedPluralTests
    {
        [Fact]
        public void A_counted_word_in_s_is_a_noun_not_a_cue()
        {
            ExtractedArticle a = Extracted.From(
                "Ads in the two states that vote first come mostly from outside groups. The first 12 states that hold primaries matter less.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void A_counted_subject_with_a_plain_verb_still_speaks()
        {
            ExtractedArticle a = Extracted.From("Of the ten mayors in the region, two said the plan would fail.");
            Assert.Equal("said", a.CueOf(a.Quote("the plan would fail")));
        }
    }
}
