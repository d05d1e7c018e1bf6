using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "Allies of Mr. Trump said", "A spokesman for Mr Blair said", "Sources close to Mr Hockney
    /// said": a name titled only by an honorific after a preposition is its object, not the speaker.
    /// </summary>
    public class HonorificObjectTests
    {
        [Fact]
        public void A_spokesman_for_an_honorific_name_speaks()
        {
            ExtractedArticle a = Extracted.From("A spokesman for Mr Holloway said the plan was dead.");
            Assert.Equal("A spokesman for Mr Holloway", a.MentionOf(a.Quote("the plan was dead")));
        }

        [Fact]
        public void Supporters_of_an_honorific_name_speak()
        {
            ExtractedArticle a = Extracted.From("Supporters of Mrs. Holloway said the plan was dead.");
            Assert.NotEqual("Holloway", a.MentionOf(a.Quote("the plan was dead")));
        }

        [Fact]
        public void Sources_close_to_a_name_speak_unnamed()
        {
            ExtractedArticle a = Extracted.From("Sources close to Mr Dunley said the plan was dead.");
            ExtractedQuote q = a.Quote("the plan was dead");
            Assert.Equal("Sources close to Mr Dunley", a.MentionOf(q));
            Assert.Null(a.SpeakerOf(q));
        }

        [Fact]
        public void A_titled_name_after_its_role_still_speaks()
        {
            ExtractedArticle a = Extracted.From("University of the Fraser Valley political scientist Jane Holloway said the plan was dead.");
            Assert.Equal("Jane Holloway", a.MentionOf(a.Quote("the plan was dead")));
        }
    }
}
