using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"reminded the crowd of the stakes": calling a thing to mind, not reporting words.</summary>
    public class RemindedOfTests
    {
        [Fact]
        public void Reminding_a_crowd_of_a_thing_is_no_report()
        {
            ExtractedArticle a = Extracted.From("Senator Joe Biden reminded the crowd of the stakes.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void Reminding_voters_that_stays_a_report()
        {
            ExtractedArticle a = Extracted.From("Senator Joe Biden reminded voters that the election would be close.");
            Assert.Contains(a.QuoteTexts(), x => x.Contains("the election would be close"));
        }
    }
}
