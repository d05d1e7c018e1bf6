using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"the Joint Committee on Human Rights said": "on" inside a body's name.</summary>
    public class InnerOnTests
    {
        [Fact]
        public void A_committees_subject_stays_in_its_name()
        {
            ExtractedArticle a = Extracted.From("The Joint Committee on Human Rights said the new rules were \"disproportionate\".");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("The Joint Committee on Human Rights", a.SpeakerOf(q));
        }

        [Fact]
        public void A_day_after_on_is_no_part_of_the_name()
        {
            ExtractedArticle a = Extracted.From("The Electoral Commission on Thursday said it was satisfied the question was fair.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("The Electoral Commission", a.SpeakerOf(q));
        }
    }
}
