using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"The Department of Justice said" after "the US Department of Justice": a body named again without its country word is the same body (CountryPrefixedBodies).</summary>
    public class CountryPrefixedBodyTests
    {
        [Fact]
        public void A_department_named_again_without_its_country_is_the_same()
        {
            ExtractedArticle a = Extracted.From(
                "In a statement the US Department of Justice said the two men operated the central hubs.\n\n" +
                "The Department of Justice said that both men pleaded guilty.");
            Assert.Equal("the US Department of Justice", a.SpeakerOf(a.Quote("both men pleaded guilty")));
        }

        [Fact]
        public void Two_countries_bodies_leave_the_bare_name_to_neither()
        {
            ExtractedArticle a = Extracted.From(
                "The US State Department said the talks would go on.\n\n" +
                "The UK State Department said the talks had ended.\n\n" +
                "The State Department said that it would wait.");
            Assert.Equal("The State Department", a.SpeakerOf(a.Quote("it would wait")));
        }
    }
}
