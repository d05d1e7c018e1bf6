using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"The station also confirmed that ...": the radio station the article named, though "station" is not in its name.</summary>
    public class StationDescriptionTests
    {
        [Fact]
        public void The_station_is_the_radio_station_named_before()
        {
            ExtractedArticle a = Extracted.From(
                "Singer to perform\n\nJoe Bloggs is to perform live at a London studio as part of a BBC Radio 2 special next month.\n\n" +
                "The session will broadcast on 18 December. The station also confirmed that Tom Tarrant will be hosting a one-off programme.");
            string? speaker = a.SpeakerOf(a.Quote("Tom Tarrant will be hosting"));
            Assert.NotNull(speaker);
            Assert.StartsWith("BBC Radio", speaker);
        }

        [Fact]
        public void The_station_is_no_organisation_whose_name_does_not_show_it()
        {
            ExtractedArticle a = Extracted.From(
                "Show returns\n\nThe show returns next week, Analysts Inc reported.\n\n" +
                "The station also confirmed that Tom Tarrant will be hosting a one-off programme.");
            Assert.Null(a.SpeakerOf(a.Quote("Tom Tarrant will be hosting")));
        }
    }
}
