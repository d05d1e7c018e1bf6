using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>A deputy, vice, shadow, assistant or former holder of an office is not "the" holder of it.</summary>
    public class OfficeModifierTests
    {
        [Fact]
        public void The_deputy_prime_minister_is_not_the_prime_minister()
        {
            ExtractedArticle a = Extracted.From(
                "Deputy Prime Minister Ravi Sandhu said the harbour would reopen. Lena Park spoke later. The prime minister said the ferry would run again.");
            ExtractedQuote q = a.Quote("the ferry would run again");
            Assert.NotEqual("Ravi Sandhu", a.SpeakerOf(q));
        }

        [Fact]
        public void The_deputy_prime_minister_is_still_the_deputy_prime_minister()
        {
            ExtractedArticle a = Extracted.From(
                "Deputy Prime Minister Ravi Sandhu said the harbour would reopen. Lena Park spoke later. The deputy prime minister said the ferry would run again.");
            ExtractedQuote q = a.Quote("the ferry would run again");
            Assert.Equal("Ravi Sandhu", a.SpeakerOf(q));
        }
    }
}
