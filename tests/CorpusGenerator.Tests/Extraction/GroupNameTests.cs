using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"the Liberal Democrats said": a title word opening a group's name is no role before a person.</summary>
    public class GroupNameTests
    {
        [Fact]
        public void A_party_adjective_before_a_plural_names_the_party()
        {
            ExtractedArticle a = Extracted.From("Ministers defended the tax. The Liberal Democrats said it would hurt small firms.");
            Assert.Equal("Liberal Democrats", a.SpeakerOf(a.Quote("it would hurt small firms")));
        }

        [Fact]
        public void A_title_before_an_organisation_plural_names_the_company()
        {
            ExtractedArticle a = Extracted.From("General Motors has warned that its earnings will fall this year.");
            Assert.Equal("General Motors", a.SpeakerOf(a.Quote("its earnings will fall")));
        }

        [Fact]
        public void A_title_before_a_surname_still_names_a_person()
        {
            ExtractedArticle a = Extracted.From("President Park said the talks would resume in May.");
            Assert.Equal("Park", a.SpeakerOf(a.Quote("the talks would resume")));
        }

        [Fact]
        public void A_lower_case_modifier_before_a_party_plural_keeps_the_group()
        {
            ExtractedArticle a = Extracted.From("Many liberal Democrats have also warned the bank not to act this year.");
            Assert.NotNull(a.SpeakerOf(a.Quote("the bank not to act")));
        }
    }
}
