using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Mr Justice Eady said": a High Court judge is called "Justice Eady", not by the surname alone.</summary>
    public class JudgeStyleTests
    {
        [Fact]
        public void A_judge_styled_mr_justice_keeps_justice_in_the_name()
        {
            ExtractedArticle a = Extracted.From("The libel case ended on Friday. Mr Justice Eady said he was obliged to compensate the MP.\n\nEady added that the claims were false.");
            Assert.Equal("Justice Eady", a.SpeakerOf(a.Quote("he was obliged")));
            Assert.Equal("Justice Eady", a.SpeakerOf(a.Quote("the claims were false")));
        }

        [Fact]
        public void A_bare_justice_stays_a_role()
        {
            ExtractedArticle a = Extracted.From("The court ruled on Monday. Justice Antonin Scalia said the law was clear.");
            Assert.Equal("Antonin Scalia", a.SpeakerOf(a.Quote("the law was clear")));
        }
    }
}
