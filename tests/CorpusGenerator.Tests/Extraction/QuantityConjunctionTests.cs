using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"- but many said": the conjunction before a share is no part of who said it.</summary>
    public class QuantityConjunctionTests
    {
        [Fact]
        public void A_conjunction_before_a_share_is_left_out_of_the_speaker()
        {
            ExtractedArticle a = Extracted.From("Some firms managed to raise prices - but many said increases failed to keep up with costs.");
            Assert.Equal("many", a.MentionOf(a.Quote("increases failed to keep up")));
        }

        [Fact]
        public void All_but_a_count_keeps_its_but()
        {
            ExtractedArticle a = Extracted.From("The board met on Monday. All but two said the plan should go ahead.");
            Assert.Equal("All but two", a.MentionOf(a.Quote("the plan should go ahead")));
        }
    }
}
