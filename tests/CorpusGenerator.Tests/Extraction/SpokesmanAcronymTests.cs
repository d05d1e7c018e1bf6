using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "A spokesman for the British Phonographic Industry (BPI) said ... The BPI spokesman
    /// described": the described spokesman is the one already quoted for that body.
    /// </summary>
    public class SpokesmanAcronymTests
    {
        [Fact]
        public void The_acronym_spokesman_is_the_spokesman_for_that_body()
        {
            ExtractedArticle a = Extracted.From("A spokesman for the Royal Dunmore Society (RDS) said the plan was dead. The vote was close. The RDS spokesman added that the bill would fail.");
            Assert.Equal("A spokesman for the Royal Dunmore Society", a.SpeakerOf(a.Quote("the bill would fail")));
        }

        [Fact]
        public void The_named_body_spokesman_is_the_spokesman_for_that_body()
        {
            ExtractedArticle a = Extracted.From("A spokesman for Dunmore Council said the plan was dead. The vote was close. The Dunmore Council spokesman added: \"The bill will fail.\"");
            Assert.Equal("A spokesman for Dunmore Council", a.SpeakerOf(a.Quote("The bill will fail.")));
        }

        [Fact]
        public void Another_body_spokesman_is_not_that_spokesman()
        {
            ExtractedArticle a = Extracted.From("A spokesman for the Royal Dunmore Society (RDS) said the plan was dead. The vote was close. The Tory spokesman added that the bill would fail.");
            Assert.NotEqual("A spokesman for the Royal Dunmore Society", a.SpeakerOf(a.Quote("the bill would fail")));
        }
    }
}
