using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"“Q,” the World Bank report said": a writing's noun with its verb right after it is the subject's noun, not the cue.</summary>
    public class WritingBeforeCueTests
    {
        [Fact]
        public void The_verb_after_the_writing_is_the_cue_and_the_author_speaks()
        {
            ExtractedArticle a = Extracted.From("\"The economies should emerge with minimal damage,\" the ADB report said.");
            ExtractedQuote q = a.Quote("The economies should emerge with minimal damage,");
            Assert.Equal("ADB", a.SpeakerOf(q));
            Assert.Equal("said", a.CueOf(q));
        }

        [Fact]
        public void A_writing_noun_before_no_verb_is_still_a_cue()
        {
            ExtractedArticle a = Extracted.From("Analysts report that sales have slowed.");
            Assert.Equal("report", a.CueOf(a.Quote("sales have slowed")));
        }
    }
}
