using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"the Green Party on Monday" spells out no "PM": a weekday ends a run of capitalised words.</summary>
    public class AcronymWeekdayTests
    {
        [Fact]
        public void A_run_ending_in_a_weekday_spells_out_no_acronym()
        {
            ExtractedArticle a = Extracted.From(
                "Members of the Green Party on Monday warned of a split. The PM insisted nothing would derail the campaign.");
            Assert.NotEqual("Party on Monday", a.SpeakerOf(a.Quote("nothing would derail the campaign")));
        }
    }
}
