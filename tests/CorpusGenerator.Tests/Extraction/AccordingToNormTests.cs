using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"according to" meaning "in line with": a rule, law, plan, wish or "how" clause after it is no source.</summary>
    public class AccordingToNormTests
    {
        [Fact]
        public void A_code_of_honour_is_no_source()
        {
            ExtractedArticle a = Extracted.From("The harbour pilots operate according to a strict code of honour.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void Wishes_opening_the_sentence_are_no_source()
        {
            ExtractedArticle a = Extracted.From("According to his wishes, there will be no funeral service.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void A_how_clause_is_no_source()
        {
            ExtractedArticle a = Extracted.From("Brokers were rewarded according to how much business they brought to the insurer.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void A_compound_with_its_own_head_stays_a_source()
        {
            ExtractedArticle a = Extracted.From("The harbour will reopen in May, according to law enforcement officials.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("The harbour will reopen in May", q.Span.Of(a.Text));
        }
    }
}
