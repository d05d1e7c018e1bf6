using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "James Hardie chairwoman, Meredith Hellicar", "Standard Life, Europe's largest mutual life
    /// insurer,": an office held in the name or a possessive appositive of its kind shows the
    /// two-word name is an organisation, so "it" refers to it.
    /// </summary>
    public class OrganisationOfficeEvidenceTests
    {
        [Fact]
        public void An_office_after_the_name_makes_it_an_organisation()
        {
            ExtractedArticle a = Extracted.From(
                "James Hardie chairwoman, Meredith Hellicar, welcomed the deal. James Hardie said it would pay $1.1bn to victims. It added that the fund would run for 40 years.");
            Assert.Equal("James Hardie", a.SpeakerOf(a.Quote("the fund would run")));
        }

        [Fact]
        public void A_possessive_appositive_of_its_kind_makes_it_an_organisation()
        {
            ExtractedArticle a = Extracted.From(
                "Standard Life, Europe's largest mutual life insurer, cut its bonus rates. Standard Life said it had no choice. It added that markets had been weak.");
            Assert.Equal("Standard Life", a.SpeakerOf(a.Quote("markets had been weak")));
        }

        [Fact]
        public void A_manager_after_a_name_does_not_make_it_an_organisation()
        {
            ExtractedArticle a = Extracted.From(
                "Johnny Cash manager Lou Robin confirmed the tour. Johnny Cash said he was delighted. He added that the band was ready.");
            Assert.Equal("Johnny Cash", a.SpeakerOf(a.Quote("the band was ready")));
        }
    }
}
