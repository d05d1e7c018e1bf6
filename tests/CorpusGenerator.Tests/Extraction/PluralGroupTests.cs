using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"seafarers", "Earthlink and Webroot": a group of several is "they", never "it".</summary>
    public class PluralGroupTests
    {
        [Fact]
        public void It_is_not_a_plural_group_quoted_before()
        {
            ExtractedArticle a = Extracted.From(
                "Some seafarers said the rules were unfair. The convention was agreed in Geneva last year. It says shore leave is vital to a sailor's wellbeing.");
            Assert.Null(a.SpeakerOf(a.Quote("shore leave is vital")));
        }

        [Fact]
        public void It_is_not_two_firms_joined_by_and()
        {
            ExtractedArticle a = Extracted.From(
                "Security firms Earthlink and Webroot said that most machines were infected. It said its new program would not stop every virus.");
            Assert.Null(a.SpeakerOf(a.Quote("its new program would not stop every virus")));
        }

        [Fact]
        public void It_is_still_an_organisation_whose_name_has_and()
        {
            ExtractedArticle a = Extracted.From(
                "The Department of Trade and Industry said the policy would cut shipments. And it said waste would be returned sooner.");
            Assert.Equal("The Department of Trade and Industry", a.SpeakerOf(a.Quote("waste would be returned sooner")));
        }
    }
}
