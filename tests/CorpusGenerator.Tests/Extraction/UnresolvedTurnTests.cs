using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>A bare quotation after one whose "he" or "she" stayed unresolved goes on with that unnamed speaker.</summary>
    public class UnresolvedTurnTests
    {
        [Fact]
        public void A_bare_quote_after_an_unresolved_he_takes_no_earlier_speaker()
        {
            ExtractedArticle a = Extracted.From(
                "Coach Mike Jones said his side would win on Saturday. The Lib Dems accused the chancellor of ducking the issue. \"We are getting better,\" he said. \"We hope to show our proper game.\"");
            Assert.Null(a.SpeakerOf(a.Quote("We hope to show our proper game")));
        }

        [Fact]
        public void A_bare_quote_after_a_resolved_he_still_takes_that_speaker()
        {
            ExtractedArticle a = Extracted.From(
                "Coach Mike Jones spoke on Saturday. \"We are getting better,\" he said. \"We hope to show our proper game.\"");
            Assert.Equal("Mike Jones", a.SpeakerOf(a.Quote("We hope to show our proper game")));
        }

        [Fact]
        public void A_bare_quote_after_an_unnamed_description_still_takes_the_last_speaker()
        {
            ExtractedArticle a = Extracted.From(
                "Mike Jones said the race had been hard. \"It was a great day,\" said the 36-year-old. \"We hope to show our proper game.\"");
            Assert.Equal("Mike Jones", a.SpeakerOf(a.Quote("We hope to show our proper game")));
        }
    }
}
