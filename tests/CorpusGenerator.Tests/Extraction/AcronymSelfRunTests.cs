using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"such as BT and Telewest ... BT announced": a run that opens with the acronym itself spells nothing out.</summary>
    public class AcronymSelfRunTests
    {
        [Fact]
        public void An_acronym_listed_beside_another_body_keeps_its_own_name()
        {
            ExtractedArticle a = Extracted.From(
                "When operators such as BT and Telewest offered standard broadband for less than £20, it was a surprise. " +
                "Later BT announced that it was making a new broadband connection every 10 seconds.");
            Assert.Equal("BT", a.SpeakerOf(a.Quote("it was making a new broadband connection")));
        }
    }
}
