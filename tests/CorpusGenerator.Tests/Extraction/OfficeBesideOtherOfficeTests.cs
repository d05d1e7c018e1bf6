using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "Tony Blair has backed Chancellor Gordon Brown's report ... the prime minister said": the
    /// lead names two people, but the one besides its subject holds another office, so the office is the subject's.
    /// </summary>
    public class OfficeBesideOtherOfficeTests
    {
        [Fact]
        public void The_office_is_the_subjects_when_the_other_holds_another()
        {
            ExtractedArticle a = Extracted.From(
                "Tony Blair has backed Chancellor Gordon Brown's pre-Budget report amid opposition claims he was too bullish about the economy.\n\n" +
                "In a speech in Edinburgh, the prime minister said Thursday's report reinforced stability and opportunity.");
            Assert.Equal("Tony Blair", a.SpeakerOf(a.Quote("Thursday's report reinforced")));
        }

        [Fact]
        public void No_one_when_the_other_has_no_office()
        {
            ExtractedArticle a = Extracted.From(
                "Michael Howard has launched an attack on the cost of Britain's asylum system under Tony Blair.\n\n" +
                "The Tory leader said local authorities have spent more than £3bn on asylum since 1997.");
            Assert.Null(a.SpeakerOf(a.Quote("local authorities have spent")));
        }
    }
}
