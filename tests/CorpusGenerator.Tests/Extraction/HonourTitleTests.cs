using System.Linq;
using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Manchester United manager Sir Alex Ferguson": "Sir" goes with the name, not with the role.</summary>
    public class HonourTitleTests
    {
        [Fact]
        public void Sir_after_a_role_is_not_part_of_the_role()
        {
            ExtractedArticle a = Extracted.From("Manchester United manager Sir Alex Ferguson said the team had played well.");
            Assert.Equal("Manchester United manager", a.Speakers.Single(s => s.Name == "Alex Ferguson").Role);
        }

        [Fact]
        public void Lord_alone_is_still_the_role()
        {
            // The peer is named by title and surname (PeerTitleTests); the title stays the role too.
            ExtractedArticle a = Extracted.From("Lord Strathclyde said ministers should expect the bill to be rewritten.");
            Assert.Equal("Lord", a.Speakers.Single(s => s.Name == "Lord Strathclyde").Role);
        }
    }
}
