using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"An IAAF statement said: ... The statement continued": the statement named again is its issuer's.</summary>
    public class ResumedWritingTests
    {
        [Fact]
        public void The_statement_named_again_is_its_issuers()
        {
            ExtractedArticle a = Extracted.From("Now the federation will lodge an appeal with the Court of Arbitration for Sport. An IAAF statement said: \"The board concluded that the decision is erroneous.\" The statement continued: \"Both cases will be referred to arbitration.\"");
            Assert.Equal(2, a.Quotes.Count);
            Assert.Equal(a.SpeakerOf(a.Quotes[0]), a.SpeakerOf(a.Quotes[1]));
            Assert.Contains("IAAF", a.MentionOf(a.Quotes[0]));
        }

        [Fact]
        public void A_titled_report_is_not_resumed_by_its_title()
        {
            ExtractedArticle a = Extracted.From("Oxfam's Paying the Price report said aid budgets were \"half their 1960 levels\". The charity's director, Barbara Stocking, said: \"The year will end in failure.\" The report said the G8 had agreed to spend more on aid.");
            ExtractedQuote last = a.Quotes[a.Quotes.Count - 1];
            Assert.NotEqual("Price", a.SpeakerOf(last));
        }
    }
}
