using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church, said": the name
    /// before the appositive is the participle's object; the appositive names the speaker.
    /// </summary>
    public class ParticipleObjectTests
    {
        [Fact]
        public void The_appositive_after_a_participles_object_speaks()
        {
            ExtractedArticle a = Extracted.From(
                "One pastor supporting Senator Holloway, Mark Dunley of Grace Chapel in Marion, said he had called dozens of other pastors.");
            ExtractedQuote q = a.Quote("he had called dozens");
            Assert.Equal("Mark Dunley", a.MentionOf(q));
        }

        [Fact]
        public void A_description_after_the_object_leaves_the_walk_as_it_was()
        {
            // No name opens the appositive: this rule names no one.
            ExtractedArticle a = Extracted.From(
                "One pastor supporting Senator Holloway, a Baptist from Marion, said he had called dozens of other pastors.");
            ExtractedQuote q = a.Quote("he had called dozens");
            Assert.NotEqual("a Baptist from Marion", a.MentionOf(q));
        }
    }
}
