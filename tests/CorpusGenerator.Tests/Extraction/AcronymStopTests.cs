using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "... a landmark for patients with MS. Final approval in Canada should now be little more
    /// than a formality, analysts said": "MS" in capitals is an acronym, not the title "Ms.", and
    /// its period ends the sentence, so what the analysts said starts after it.
    /// </summary>
    public class AcronymStopTests
    {
        [Fact]
        public void A_capitalised_acronym_spelt_like_a_title_ends_its_sentence()
        {
            ExtractedArticle a = Extracted.From("This will be a landmark for patients with MS. Final approval in Canada should now be little more than a formality, analysts said.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("Final approval in Canada should now be little more than a formality", q.Span.Of(a.Text));
        }

        [Fact]
        public void A_title_before_a_name_still_does_not_end_the_sentence()
        {
            ExtractedArticle a = Extracted.From("The plan will fail, Ms. Jones said.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("The plan will fail", q.Span.Of(a.Text));
        }
    }
}
