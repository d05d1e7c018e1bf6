using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"House of Lords law lords ruled ... They said": a "they" nothing else resolves is the body its sentence, or the one before, is about.</summary>
    public class TheySubjectTests
    {
        [Fact]
        public void They_is_the_body_that_opened_the_sentence_before()
        {
            ExtractedArticle a = Extracted.From("House of Lords law lords ruled against the detention measures last week. They said it was wrong to have one set of laws for foreign suspects.");
            Assert.Equal("House of Lords", a.SpeakerOf(a.Quote("it was wrong to have one set of laws for foreign suspects")));
        }

        [Fact]
        public void They_opening_a_new_paragraph_is_no_one()
        {
            ExtractedArticle a = Extracted.From("House of Lords law lords ruled against the detention measures last week.\n\nThey said it was wrong to have one set of laws for foreign suspects.");
            Assert.Null(a.SpeakerOf(a.Quote("it was wrong to have one set of laws for foreign suspects")));
        }

        [Fact]
        public void They_after_a_person_is_no_one()
        {
            ExtractedArticle a = Extracted.From("John Smith published the report on Monday. They said the economy was weak.");
            Assert.Null(a.SpeakerOf(a.Quote("the economy was weak")));
        }
    }
}
