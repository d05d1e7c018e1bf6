using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"the outgoing European Commissioner said": an office named by a nationality or an organisation is no one's name; the description finds the person.</summary>
    public class OfficeTitleTests
    {
        [Fact]
        public void An_outgoing_european_commissioner_is_the_person_just_spoken_of()
        {
            ExtractedArticle a = Extracted.From("Neil Kinnock has said his seat will let him help \"achieve further progress.\"\n\nOn the show it was put to Mr Kinnock that he had once attacked peers. But the outgoing European Commissioner said his comments needed to be put in context.");
            Assert.Equal("Neil Kinnock", a.SpeakerOf(a.Quote("his comments needed")));
        }

        [Fact]
        public void A_party_mep_is_a_description_not_a_name()
        {
            ExtractedArticle a = Extracted.From("A documentary was shown.\n\nA UK Independence Party MEP suggested Germany saw the EU as an empire.");
            Assert.Equal("A UK Independence Party MEP", a.SpeakerOf(a.Quote("Germany saw the EU")));
        }
    }
}
