using System.Threading;
using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// Texts the damaged-article search found to throw inside the engine. ArticleExtractor catches
    /// such a fault and compiles the article without structure (CORPUS011), so these run the
    /// engine itself, where the exception would show.
    /// </summary>
    public class FuzzFoundTests
    {
        [Theory]
        // The lead's appositive "the big ," ends in a space: its last word was empty (LeadOrganisations).
        [InlineData("Acme Holdings, the big , said profits rose.")]
        [InlineData("Title line\n\nAcme Holdings, the big , said profits rose sharply on Monday.")]
        // A bracket closing right at the sentence's start: the search for its "(" read before the first token.
        [InlineData("), chair of the committee, said the plan would fail.")]
        [InlineData("Title\n\n), chair of the committee, said the plan would fail.")]
        public void The_engine_reads_it_without_throwing(string text)
        {
            ExtractedArticle article = new ExtractionRun(text, CancellationToken.None).Run();
            Assert.Equal(text, article.Text);
        }
    }
}
