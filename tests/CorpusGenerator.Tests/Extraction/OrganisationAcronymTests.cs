using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "Electronic Arts (EA) says it wants ...": a name with its initials in brackets after it is
    /// an organisation, so "The US firm says" is its; a person in the news has no such initials.
    /// </summary>
    public class OrganisationAcronymTests
    {
        [Fact]
        public void Initials_in_brackets_make_the_name_an_organisation()
        {
            ExtractedArticle a = Extracted.From(
                "Video games maker Electronic Arts (EA) says it wants to become the biggest entertainment firm in the world. The US firm says it wants to compete with companies such as Disney.");
            Assert.Equal("Electronic Arts", a.SpeakerOf(a.Quote("it wants to compete")));
        }

        [Fact]
        public void Brackets_that_are_not_the_initials_show_nothing()
        {
            ExtractedArticle a = Extracted.From(
                "Striker Wayne Rooney (19) scored twice on Saturday. Wayne Rooney said he was happy. He added that the team had played well.");
            Assert.Equal("Wayne Rooney", a.SpeakerOf(a.Quote("the team had played well")));
        }
    }
}
