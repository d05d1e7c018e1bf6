using CorpusGenerator.Generation;
using CorpusGenerator.Naming;

namespace CorpusGenerator.Tests.Generator
{
    /// <summary>The corpus-wide names compare by value, whatever lookups have been made on them.</summary>
    public class NamesCacheTests
    {
        [Fact]
        public void Names_that_were_looked_up_still_equal_names_that_were_not()
        {
            var requests = new[] { new ArticleNameRequest("a/us-news.txt", null), new ArticleNameRequest("b/US-News.txt", null) };
            ArticleNames used = ArticleNames.Assign(requests);
            ArticleNames fresh = ArticleNames.Assign(requests);
            Assert.Equal("USNews", used.ClassNameOf("b/US-News.txt"));
            Assert.Equal("UsNews", used.ClassNameOf("a/us-news.txt"));
            Assert.Equal(fresh, used);
            Assert.Equal(fresh.GetHashCode(), used.GetHashCode());
        }
    }
}
