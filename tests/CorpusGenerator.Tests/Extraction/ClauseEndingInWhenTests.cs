using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"X would be the key themes when the UK took over ..., said Mr Straw": a clause ending in a "when" clause before the cue's comma, not an appositive (ClauseBeforeCue).</summary>
    public class ClauseEndingInWhenTests
    {
        [Fact]
        public void A_clause_ending_in_a_when_clause_is_what_the_named_speaker_said()
        {
            ExtractedArticle a = Extracted.From(
                "Mr Straw used the debate to launch the new White Paper. Security, stability and prosperity would be the key themes when the UK took over the chairmanship of the EU in July, said Mr Straw.");
            ExtractedQuote q = a.Quote("would be the key themes when the UK took over");
            Assert.Equal("Straw", a.SpeakerOf(q));
        }

        [Fact]
        public void A_when_clause_with_its_own_verb_after_a_name_stays_an_aside()
        {
            ExtractedArticle a = Extracted.From(
                "The minister was in Brussels on Monday. Mr Straw, when he was asked about the treaty, said the vote would be held next year.");
            Assert.Equal("Straw", a.SpeakerOf(a.Quote("the vote would be held next year")));
        }
    }
}
