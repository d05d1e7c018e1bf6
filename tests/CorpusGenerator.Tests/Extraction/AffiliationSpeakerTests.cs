using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Anna Kell, from Brightwater Capital told the BBC": the person speaks, not the firm she is from.</summary>
    public class AffiliationSpeakerTests
    {
        [Fact]
        public void The_person_before_from_speaks()
        {
            ExtractedArticle a = Extracted.From(
                "Markets are nervous. \"Investors are worried about interest rates,\" Anna Kell, from Brightwater Capital told the BBC.");
            Assert.Equal("Anna Kell", a.SpeakerOf(a.Quote("Investors are worried")));
        }
    }
}
