using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Paramount, Universal and Warner Brothers said": every name of the list speaks, not the last two.</summary>
    public class ListedNameTests
    {
        [Fact]
        public void A_list_before_a_pair_is_part_of_the_speakers()
        {
            ExtractedArticle a = Extracted.From("Last month, Paramount, Universal and Warner Brothers said they were optimistic about the format.");
            Assert.Equal("Paramount, Universal and Warner Brothers", a.SpeakerOf(a.Quote("they were optimistic")));
        }

        [Fact]
        public void A_place_after_a_preposition_is_no_part_of_the_list()
        {
            ExtractedArticle a = Extracted.From("In London, Acme and Zenith said the merger was complete.");
            Assert.Equal("Acme and Zenith", a.SpeakerOf(a.Quote("the merger was complete")));
        }
    }
}
