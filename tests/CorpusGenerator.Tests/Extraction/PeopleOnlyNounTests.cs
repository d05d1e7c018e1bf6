using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"The presenter said" after an organisation is named: a person noun is never that organisation.</summary>
    public class PeopleOnlyNounTests
    {
        [Fact]
        public void A_person_noun_does_not_fall_back_to_the_last_organisation()
        {
            ExtractedArticle a = Extracted.From(
                "Millbank Studios said the show would return in May. The presenter said she was hopeful of getting better soon.");
            Assert.NotEqual("Millbank Studios", a.SpeakerOf(a.Quote("she was hopeful")));
        }

        [Fact]
        public void A_firm_noun_still_finds_the_last_organisation()
        {
            ExtractedArticle a = Extracted.From(
                "Millbank Brewing Ltd reported higher profits on Monday. The brewer said sales of lager had risen.");
            Assert.Equal("Millbank Brewing Ltd", a.SpeakerOf(a.Quote("sales of lager had risen")));
        }
    }
}
