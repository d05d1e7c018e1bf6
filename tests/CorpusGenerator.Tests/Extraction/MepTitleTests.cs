using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"The MEP said": a Member of the European Parliament is a title like "MP", so the description finds the person.</summary>
    public class MepTitleTests
    {
        [Fact]
        public void The_mep_is_the_person_last_spoken_of()
        {
            ExtractedArticle a = Extracted.From("Former host Robert Vance has quit the Independence Party and accused it of betraying its supporters.\n\nThe MEP said he was ashamed to have joined the party.");
            Assert.Equal("Robert Vance", a.SpeakerOf(a.Quote("he was ashamed")));
        }
    }
}
