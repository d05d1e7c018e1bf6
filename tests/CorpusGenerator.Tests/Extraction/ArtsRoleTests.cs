using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Rapper Eminem has denied ...", "said Lib Dem Norman Baker": an arts role or party label opens the name.</summary>
    public class ArtsRoleTests
    {
        [Fact]
        public void An_opening_arts_role_is_not_part_of_the_name()
        {
            ExtractedArticle a = Extracted.From("Rapper Eminem has denied that he was \"ever angry\" about the chart.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("Eminem", a.SpeakerOf(q));
        }

        [Fact]
        public void The_lib_dem_label_is_not_part_of_the_name()
        {
            ExtractedArticle a = Extracted.From("But Lib Dem Norman Baker said the episode painted an \"unflattering picture\" of government.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("Norman Baker", a.SpeakerOf(q));
        }
    }
}
