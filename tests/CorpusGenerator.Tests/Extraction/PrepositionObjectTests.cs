using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "Clinton responded to the question on Facebook writing, “Q”": a name governed by "on",
    /// "to" or "in" before a participle cue is where or to whom the main clause's subject spoke.
    /// </summary>
    public class PrepositionObjectTests
    {
        [Fact]
        public void A_place_before_a_participle_leaves_the_main_subject_the_speaker()
        {
            ExtractedArticle a = Extracted.From(
                "Holloway responded to the question on Facebook writing, “Yes, I will. That was a poor choice of words.”");
            Assert.Equal("Holloway", a.MentionOf(a.Quote("a poor choice of words")));
        }

        [Fact]
        public void A_listener_before_a_participle_leaves_the_main_subject_the_speaker()
        {
            ExtractedArticle a = Extracted.From(
                "Dunley wrote in a statement to Channel Nine explaining his choice, “We must talk about our problems frankly.”");
            Assert.Equal("Dunley", a.MentionOf(a.Quote("talk about our problems")));
        }

        [Fact]
        public void A_name_after_of_still_speaks()
        {
            ExtractedArticle a = Extracted.From(
                "The video shows footage of Jane Holloway asking, “Where is the money?”");
            Assert.Equal("Jane Holloway", a.MentionOf(a.Quote("Where is the money?")));
        }
    }
}
