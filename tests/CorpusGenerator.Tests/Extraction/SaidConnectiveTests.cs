using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Having said that, ...", "That said, ...": a connective made of "said" reports no one's words.</summary>
    public class SaidConnectiveTests
    {
        [Fact]
        public void Having_said_that_is_no_cue()
        {
            ExtractedArticle a = Extracted.From("The team lost again on Saturday. Having said that, the new players are looking much sharper.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void That_said_is_no_cue()
        {
            ExtractedArticle a = Extracted.From("The team lost again on Saturday. That said, the new players are looking much sharper.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void Having_said_with_a_clause_still_reports()
        {
            ExtractedArticle a = Extracted.From("Having said he would resign, Mr Smith told reporters he had changed his mind.");
            Assert.NotEmpty(a.Quotes);
        }
    }
}
