using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Alerts tell people how ...": a device tells by working, it is no speaker; "the report suggests" still is a source.</summary>
    public class DeviceSpeakerTests
    {
        [Fact]
        public void A_device_telling_is_no_quote()
        {
            ExtractedArticle a = Extracted.From(
                "The new service will warn users about viruses on their phones. Alerts tell people how the threats affect them and what they can do.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void A_report_suggesting_stays_a_quote()
        {
            ExtractedArticle a = Extracted.From("The report suggests that the blocking was not due to an attack by vandals.");
            Assert.Single(a.Quotes);
        }
    }
}
