using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"according to state statistics body INSEE": the name after a compound that a source noun opens speaks (CompoundBeforeName).</summary>
    public class CompoundBeforeNameTests
    {
        [Fact]
        public void The_name_after_the_compound_speaks()
        {
            ExtractedArticle a = Extracted.From("According to state statistics body INSEE, growth for the three months to December was 0.7%.");
            Assert.Equal("INSEE", a.SpeakerOf(a.Quote("growth for the three months")));
        }

        [Fact]
        public void A_name_after_a_participle_is_not_the_source()
        {
            ExtractedArticle a = Extracted.From("Growth will slow next year, according to experts including John Smith.");
            Assert.NotEqual("John Smith", a.SpeakerOf(a.Quote("Growth will slow")));
        }
    }
}
