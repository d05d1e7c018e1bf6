using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"A Department for Education and Skills source said": the "and" of a body's brief inside a description (BodyBriefAnd).</summary>
    public class BodyBriefAndTests
    {
        [Fact]
        public void A_source_of_a_department_with_a_paired_brief_is_the_whole_description()
        {
            ExtractedArticle a = Extracted.From(
                "Truancy rose again last year. A Department for Education and Skills source said: \"Every day in school counts.\"");
            Assert.Equal("A Department for Education and Skills source", a.SpeakerOf(a.Quote("Every day in school counts")));
        }

        [Fact]
        public void A_spokeswoman_of_a_department_with_a_paired_brief_speaks()
        {
            ExtractedArticle a = Extracted.From(
                "Reports said Mr Smith had left. A Department for Work and Pensions spokeswoman confirmed Mr Smith was still in post.");
            Assert.Equal("A Department for Work and Pensions spokeswoman", a.SpeakerOf(a.Quote("Mr Smith was still in post")));
        }
    }
}
