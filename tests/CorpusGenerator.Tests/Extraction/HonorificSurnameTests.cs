using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "Mr King", "Mr Dean": after an honorific, a capitalised word the lexicon also holds as a
    /// title is a surname, and the speaker is the person named in full before.
    /// </summary>
    public class HonorificSurnameTests
    {
        [Fact]
        public void A_title_word_after_an_honorific_is_the_surname_of_the_person_named_before()
        {
            ExtractedArticle a = Extracted.From(
                "Pearl Dean runs the studio in Leeds. Mr Dean said the new cameras would cut costs. \"We can shoot twice as much,\" says Mr Dean.");
            Assert.Equal("Pearl Dean", a.SpeakerOf(a.Quote("the new cameras would cut costs")));
            Assert.Equal("Pearl Dean", a.SpeakerOf(a.Quote("We can shoot twice as much")));
        }

        [Fact]
        public void An_honorific_before_a_word_that_is_no_surname_keeps_the_title()
        {
            ExtractedArticle a = Extracted.From("\"We will act,\" said Mr President.");
            Assert.NotEqual("President", a.SpeakerOf(a.Quote("We will act")));
        }
    }
}
