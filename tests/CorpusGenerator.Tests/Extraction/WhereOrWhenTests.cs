using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "Okafor reported from Lagos.", "the union said in a statement.": a cue whose only words after
    /// it say where, through what or when reports nothing said.
    /// </summary>
    public class WhereOrWhenTests
    {
        [Fact]
        public void A_place_or_channel_after_the_cue_is_no_content()
        {
            ExtractedArticle a = Extracted.From(
                "The strike ended on Monday. Okafor reported from Lagos. The union's leader said in a statement. Talks resume in May.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void A_time_then_a_reported_question_stays_content()
        {
            ExtractedArticle a = Extracted.From("A reporter, Lee Park, asked Friday whether she would release the transcripts.");
            Assert.Equal("asked", a.CueOf(a.Quote("she would release")));
        }
    }
}
