using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "CNN, like The Associated Press, which was the first to do so, declared": the name before
    /// the relative clause sits in a phrase of comparison, no subject; the walk goes on past it.
    /// </summary>
    public class GovernedAntecedentTests
    {
        [Fact]
        public void A_name_after_like_before_a_relative_clause_is_no_subject()
        {
            ExtractedArticle a = Extracted.From(
                "Channel Nine, like The Daily Post, which was the first paper to do so, declared Holloway had enough votes to win.");
            Assert.Equal("Channel Nine", a.MentionOf(a.Quote("Holloway had enough votes")));
        }

        [Fact]
        public void A_name_before_a_relative_clause_still_speaks()
        {
            ExtractedArticle a = Extracted.From(
                "Channel Nine, which was the first to do so, declared Holloway had enough votes to win.");
            Assert.Equal("Channel Nine", a.MentionOf(a.Quote("Holloway had enough votes")));
        }
    }
}
