using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"added the trophy to his list": putting one thing with another, not saying anything.</summary>
    public class AddedToSomethingTests
    {
        [Fact]
        public void A_trophy_added_to_a_list_is_no_report()
        {
            ExtractedArticle a = Extracted.From("World number one Roger Federer added the Dubai Championship trophy to his long list of successes - but not before he was given a test by Ivan Ljubicic.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void A_quoted_word_added_to_a_campaign_is_no_report()
        {
            ExtractedArticle a = Extracted.From("It may have left him splattered with eggs at times but he felt it added \"fizz\" to his campaign.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void An_added_clause_stays_a_report()
        {
            ExtractedArticle a = Extracted.From("Mr Ali added the money to help the victims would come from the World Bank.");
            Assert.Contains("the money to help the victims would come from the World Bank", a.QuoteTexts());
        }
    }
}
