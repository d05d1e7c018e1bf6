using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "said Acme survey chairman Jo Bloggs": a name, organisation or nationality before a
    /// lower-case role only modifies the role; the person named after it speaks.
    /// </summary>
    public class PremodifiedRoleTests
    {
        [Fact]
        public void An_organisation_before_a_role_after_the_cue_gives_way_to_the_name()
        {
            ExtractedArticle a = Extracted.From("\"Orders were strong again,\" said Acme survey chairman Jo Bloggs.");
            Assert.Equal("Jo Bloggs", a.MentionOf(a.Quote("Orders were strong again")));
        }

        [Fact]
        public void A_nationality_and_several_role_words_give_way_to_the_name()
        {
            ExtractedArticle a = Extracted.From("\"Nothing has changed,\" said Danish trades union official Ole Sandberg.");
            Assert.Equal("Ole Sandberg", a.MentionOf(a.Quote("Nothing has changed")));
        }

        [Fact]
        public void According_to_a_publication_and_its_editor_is_the_editor()
        {
            ExtractedArticle a = Extracted.From("The band is the most popular act in the world, according to Zed magazine editor Ann Tarrant.");
            Assert.Equal("Ann Tarrant", a.MentionOf(a.Quote("The band is the most popular")));
        }

        [Fact]
        public void A_name_followed_by_words_that_are_no_role_stays_the_speaker()
        {
            ExtractedArticle a = Extracted.From("\"We will be back,\" said Harriet Quill later in London.");
            Assert.Equal("Harriet Quill", a.MentionOf(a.Quote("We will be back")));
        }
    }
}
