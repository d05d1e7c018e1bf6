namespace CorpusGenerator.Tests
{
    public class SmokeTests
    {
        [Fact]
        public void Extractor_runs() => Assert.NotNull(CorpusGenerator.Extraction.ArticleExtractor.Extract("x"));
    }
}
