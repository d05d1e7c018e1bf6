using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"was quoted as saying by the news agency": the "by" phrase names the medium, not what was said.</summary>
    public class QuotedAsSayingByTests
    {
        [Fact]
        public void The_medium_after_quoted_as_saying_is_no_content()
        {
            ExtractedArticle a = Extracted.From("The harbour will reopen under the new law, port minister Lena Park was quoted as saying by the Coastal news agency.");
            Assert.DoesNotContain(a.QuoteTexts(), x => x.Contains("Coastal news agency"));
        }
    }
}
