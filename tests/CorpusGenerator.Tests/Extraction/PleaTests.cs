using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"He pleaded guilty to fraud": a plea in court is no quote; "pleaded with them to stay" still is.</summary>
    public class PleaTests
    {
        [Fact]
        public void A_plea_in_court_is_no_quote()
        {
            ExtractedArticle a = Extracted.From(
                "Former finance chief Tom Harlow pleaded guilty to fraud charges last year. His deputy pleaded not guilty to two counts of conspiracy. The firm pleaded no contest to the charges.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void Pleading_with_someone_stays_a_quote()
        {
            ExtractedArticle a = Extracted.From("Club chairman Tom Harlow pleaded that the fans should stay calm during the rebuilding of the stadium.");
            Assert.Single(a.Quotes);
        }
    }
}
