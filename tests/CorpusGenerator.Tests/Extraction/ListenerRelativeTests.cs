using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "Mr. Bush tells voters who wonder why ... that he wasn't brought up that way": a relative
    /// clause on the listener describes the listener; the teller speaks.
    /// </summary>
    public class ListenerRelativeTests
    {
        [Fact]
        public void A_relative_clause_on_the_listener_leaves_the_teller_the_speaker()
        {
            ExtractedArticle a = Extracted.From(
                "Mr. Holloway tells voters who wonder why he is so calm that he is a quiet man.");
            ExtractedQuote q = a.Quote("he is a quiet man");
            Assert.Equal("Holloway", a.MentionOf(q));
        }

        [Fact]
        public void A_relative_clause_after_a_comma_still_speaks()
        {
            ExtractedArticle a = Extracted.From(
                "Holloway met Dunley, who said the plan was dead.");
            Assert.Equal("Dunley", a.MentionOf(a.Quote("the plan was dead")));
        }
    }
}
