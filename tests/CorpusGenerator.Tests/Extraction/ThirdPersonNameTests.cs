using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"I've had more than a quiet word with Olof," he said: no one names themselves in their own words.</summary>
    public class ThirdPersonNameTests
    {
        [Fact]
        public void He_is_not_the_person_the_quote_names()
        {
            ExtractedArticle a = Extracted.From(
                "Defender Olof Mellberg spoke of his dislike of the rivals before the match. \"I've had more than a quiet word with Olof about it,\" he told the club's website.");
            Assert.Null(a.SpeakerOf(a.Quote("quiet word with Olof")));
        }

        [Fact]
        public void He_is_still_the_person_when_the_quote_names_someone_else()
        {
            ExtractedArticle a = Extracted.From(
                "Defender Olof Mellberg spoke of his dislike of the rivals before the match. \"I've had more than a quiet word with the manager about it,\" he told the club's website.");
            Assert.Equal("Olof Mellberg", a.SpeakerOf(a.Quote("quiet word with the manager")));
        }

        [Fact]
        public void A_peer_is_not_named_by_another_peer_s_title()
        {
            // "Lord" starts every peer's name; only "Woolf" would name Lord Woolf.
            ExtractedArticle a = Extracted.From(
                "Lord Woolf said judges must stay independent. But he told MPs the Lord Chancellor, Lord Falconer, was insisting on the final say.");
            Assert.Equal("Lord Woolf", a.SpeakerOf(a.Quote("the Lord Chancellor, Lord Falconer")));
        }
    }
}
