using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Electrolux saw its shares rise after it said": an "it" nothing spoken of resolves is the organisation its sentence is about.</summary>
    public class ItsSubjectTests
    {
        [Fact]
        public void It_is_the_firm_that_opens_its_own_sentence()
        {
            ExtractedArticle a = Extracted.From("Electrolux saw its shares rise 14% on Tuesday after it said it would move more jobs abroad.");
            Assert.Equal("Electrolux", a.SpeakerOf(a.Quote("it would move more jobs abroad")));
        }

        [Fact]
        public void It_is_the_firm_after_shares_in()
        {
            ExtractedArticle a = Extracted.From("Shares in Acme Stores fell 5% on Monday after it said sales had slowed.");
            Assert.Equal("Acme Stores", a.SpeakerOf(a.Quote("sales had slowed")));
        }

        [Fact]
        public void It_after_a_person_in_the_sentence_before_is_no_one()
        {
            ExtractedArticle a = Extracted.From("John Smith published the report on Monday. It said the economy was weak.");
            Assert.Null(a.SpeakerOf(a.Quote("the economy was weak")));
        }
    }
}
