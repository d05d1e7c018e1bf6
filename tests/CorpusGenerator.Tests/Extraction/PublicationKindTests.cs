using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"according to the site", "the paper says", "according to the Times": a publication only with evidence of its kind, else no speaker.</summary>
    public class PublicationKindTests
    {
        [Fact]
        public void The_site_is_not_the_organisation_last_named()
        {
            ExtractedArticle a = Extracted.From(
                "Fans rally for show\n\nFans of Star Trek held a rally outside the Paramount studios on Friday.\n\n" +
                "More than $23,000 has been pledged so far, according to the site. The campaign ends in March.");
            Assert.Null(a.SpeakerOf(a.Quote("More than $23,000 has been pledged so far")));
        }

        [Fact]
        public void The_paper_is_the_daily_named_with_its_kind()
        {
            ExtractedArticle a = Extracted.From(
                "Spanish press reacts\n\nThe Spanish media criticised the English reporters on Thursday. " +
                "And Spanish daily ABC accuses English reporters of launching a witch-hunt against the coach.\n\n" +
                "\"Perhaps it was because their team had played so poorly,\" the paper says.");
            Assert.Equal("ABC", a.SpeakerOf(a.Quote("Perhaps it was because their team had played so poorly")));
        }

        [Fact]
        public void The_Times_is_not_the_Financial_Times()
        {
            ExtractedArticle a = Extracted.From(
                "Blair plans climate deal\n\nThe Financial Times reported last week that the talks had stalled.\n\n" +
                "According to the Times, the prime minister wants to end US isolation with a new agreement on climate change.");
            string? speaker = a.SpeakerOf(a.Quote("the prime minister wants to end US isolation"));
            Assert.NotEqual("The Financial Times", speaker);
            Assert.NotEqual("the Financial Times", speaker);
        }
    }
}
