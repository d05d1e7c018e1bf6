using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// A lower-case role written before a name with no article ("said chief executive Jane
    /// Doe", British style): the name after the role is who speaks.
    /// </summary>
    public class RoleBeforeNameTests
    {
        [Fact]
        public void A_bare_role_after_the_cue_gives_way_to_the_name()
        {
            ExtractedArticle a = Extracted.From(
                "Widget sales rose in the spring. \"We had a very good quarter,\" said chief executive Mary Blanket. \"The new range sold well.\"");
            ExtractedQuote q = a.Quote("We had a very good quarter");
            Assert.Equal("Mary Blanket", a.MentionOf(q));
            Assert.Equal("Mary Blanket", a.SpeakerOf(q));
            Assert.Equal("Mary Blanket", a.SpeakerOf(a.Quote("The new range")));
        }

        [Fact]
        public void A_bare_role_with_an_organisation_after_the_name_keeps_the_name()
        {
            ExtractedArticle a = Extracted.From("\"Costs are the real story,\" said analyst Tom Fennel at Northgate Bank.");
            Assert.Equal("Tom Fennel", a.MentionOf(a.Quote("Costs are the real story")));
        }

        [Fact]
        public void A_role_before_the_name_after_with_keeps_the_participle_subject()
        {
            ExtractedArticle a = Extracted.From("The party launched its campaign, with leader Sam Orchard saying it was \"the real opposition\".");
            Assert.Equal("Sam Orchard", a.MentionOf(a.Quote("the real opposition")));
        }
    }
}
