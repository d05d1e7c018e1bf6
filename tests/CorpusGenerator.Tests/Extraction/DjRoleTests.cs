using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Virgin Radio DJ Pete Mitchell said": a DJ after the station is the person's role.</summary>
    public class DjRoleTests
    {
        [Fact]
        public void A_dj_after_the_station_is_a_role()
        {
            ExtractedArticle a = Extracted.From("The band won the prize. Virgin Radio DJ Pete Mitchell said: \"This year has seen an amazing array of talent.\" He added: \"They are one of the most original bands.\"");
            Assert.Equal("Pete Mitchell", a.SpeakerOf(a.Quote("This year has seen an amazing array of talent")));
            Assert.Equal("Pete Mitchell", a.SpeakerOf(a.Quote("They are one of the most original bands")));
        }
    }
}
