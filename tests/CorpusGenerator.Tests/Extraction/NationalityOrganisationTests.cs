using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "a spokesman for the British Phonographic Industry said", "the German Federal Labour
    /// Agency said": a nationality after "the" opens an organisation's name, not a role before a
    /// person's.
    /// </summary>
    public class NationalityOrganisationTests
    {
        [Fact]
        public void A_spokesman_for_a_national_body_speaks_for_the_whole_name()
        {
            ExtractedArticle a = Extracted.From("A spokesman for the British Dunmore Industry said the plan was dead.");
            Assert.Equal("A spokesman for the British Dunmore Industry", a.SpeakerOf(a.Quote("the plan was dead")));
        }

        [Fact]
        public void A_national_body_keeps_its_nationality()
        {
            ExtractedArticle a = Extracted.From("On Wednesday, the German Federal Dunmore Agency said the plan was dead.");
            Assert.Equal("the German Federal Dunmore Agency", a.SpeakerOf(a.Quote("the plan was dead")));
        }

        [Fact]
        public void A_nationality_before_a_person_is_still_a_role()
        {
            ExtractedArticle a = Extracted.From("Australian Lynton Dunmore said the plan was dead.");
            Assert.Equal("Lynton Dunmore", a.SpeakerOf(a.Quote("the plan was dead")));
        }

        [Fact]
        public void Two_bodies_of_one_nationality_and_one_last_word_stay_apart()
        {
            ExtractedArticle a = Extracted.From("The European Dunmore Airlines Association said the plan was dead. The vote was close. The European Regions Airline Association claims that the bill would fail.");
            Assert.Equal("The European Regions Airline Association", a.SpeakerOf(a.Quote("the bill would fail")));
        }
    }
}
