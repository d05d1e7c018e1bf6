using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"said the 28-year-old" after the runner is named: the age stands for the name.</summary>
    public class AgedSpeakerTests
    {
        [Fact]
        public void An_age_after_the_name_is_the_person_named()
        {
            ExtractedArticle a = Extracted.From(
                "Sprinter Jane Morrow won the 60m title in 7.21 seconds. \"I feel there is a lot more to come,\" said the 28-year-old.");
            Assert.Equal("Jane Morrow", a.SpeakerOf(a.Quote("a lot more to come")));
        }
    }
}
