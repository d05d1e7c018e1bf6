using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"“Q,” Morquendi's message read", "the council's ruling said": a writing with its owner in the possessive is the owner's words.</summary>
    public class OwnedWritingTests
    {
        [Fact]
        public void A_named_owner_of_the_writing_speaks()
        {
            ExtractedArticle a = Extracted.From("Morquendi wrote about a woman caught by the wave. \"She was being swept away,\" Morquendi's message read.");
            Assert.Equal("Morquendi", a.SpeakerOf(a.Quote("She was being swept away,")));
        }

        [Fact]
        public void The_body_a_described_owner_stands_for_speaks()
        {
            ExtractedArticle a = Extracted.From("The Ugandan Media Council banned the play. \"The play is hereby banned,\" the council's ruling said.");
            Assert.Equal("The Ugandan Media Council", a.SpeakerOf(a.Quote("The play is hereby banned,")));
        }

        [Fact]
        public void A_day_owns_no_writing()
        {
            ExtractedArticle a = Extracted.From("The club was charged. \"The player was not at fault,\" Wednesday's statement said.");
            Assert.Null(a.SpeakerOf(a.Quote("The player was not at fault,")));
        }
    }
}
