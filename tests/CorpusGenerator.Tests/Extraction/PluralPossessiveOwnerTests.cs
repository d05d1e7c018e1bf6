using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Sanders’ campaign says", "The employers' group said": a plural possessive keeps its owner before the noun, as "Trump’s campaign" does (PluralPossessiveNames).</summary>
    public class PluralPossessiveOwnerTests
    {
        [Fact]
        public void A_plural_possessive_keeps_its_owner()
        {
            ExtractedArticle a = Extracted.From("Bernie Sanders’ campaign says it raised more than $21 million in January.");
            Assert.Equal("Sanders’ campaign", a.SpeakerOf(a.Quote("it raised more than")));
        }

        [Fact]
        public void A_lower_case_plural_possessive_keeps_its_owner_and_article()
        {
            ExtractedArticle a = Extracted.From("Factory output fell.\n\nThe employers' group said it expected the hold to continue.");
            Assert.Equal("The employers' group", a.SpeakerOf(a.Quote("it expected the hold")));
        }
    }
}
