using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Reuters news agency reported" opening its paragraph or sentence: the name is read back no further than its start.</summary>
    public class NamedKindBoundaryTests
    {
        [Fact]
        public void A_name_opening_its_paragraph_speaks()
        {
            ExtractedArticle a = Extracted.From("Shares fell on a report that the firm failed to win a contract in Iraq.\n\nReuters news agency reported that the ministry had awarded the contract to a rival.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("Reuters", a.SpeakerOf(q));
        }

        [Fact]
        public void A_name_opening_its_sentence_leaves_the_sentence_before()
        {
            ExtractedArticle a = Extracted.From("Shares fell on a report that the firm failed to win a contract in Iraq. Reuters news agency reported that the ministry had awarded the contract to a rival.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("Reuters", a.SpeakerOf(q));
        }
    }
}
