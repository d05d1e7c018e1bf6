using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"A survey by Hostway suggests": a writing that names its author after "by" speaks for that author.</summary>
    public class WritingByAuthorAfterTests
    {
        [Fact]
        public void A_survey_by_a_firm_is_the_firms()
        {
            ExtractedArticle a = Extracted.From("A survey by Hostway suggests that most people are happy with their service.");
            Assert.Equal("Hostway", a.SpeakerOf(a.Quote("most people are happy")));
        }

        [Fact]
        public void A_report_by_an_institute_is_the_institutes()
        {
            ExtractedArticle a = Extracted.From("A report by the Fraser of Allander Institute says growth will slow next year.");
            Assert.Equal("Fraser of Allander Institute", a.SpeakerOf(a.Quote("growth will slow")));
        }
    }
}
