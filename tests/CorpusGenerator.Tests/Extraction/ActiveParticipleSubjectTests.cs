using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "Another intelligence source speaking to Fox News said": a present participle right after
    /// a noun that can speak is a reduced relative clause of that noun; the name it takes as its
    /// object is no subject.
    /// </summary>
    public class ActiveParticipleSubjectTests
    {
        [Fact]
        public void The_noun_a_present_participle_modifies_speaks()
        {
            ExtractedArticle a = Extracted.From(
                "Another intelligence source speaking to Channel Nine said the agents were looking at the accounts.");
            ExtractedQuote q = a.Quote("the agents were looking");
            Assert.Equal("Another intelligence source speaking to Channel Nine", a.MentionOf(q));
        }

        [Fact]
        public void A_bare_plural_with_a_present_participle_speaks()
        {
            ExtractedArticle a = Extracted.From(
                "Two aides working for Senator Jane Holloway said the plan was dead.");
            ExtractedQuote q = a.Quote("the plan was dead");
            Assert.Equal("Two aides working for Senator Jane Holloway", a.MentionOf(q));
        }

        [Fact]
        public void An_ing_word_before_a_title_is_no_participle()
        {
            // "chief operating officer": "operating" modifies the title; the titled name speaks.
            ExtractedArticle a = Extracted.From(
                "According to the Daily Post, chief operating officer Mark Dunley said that the firm is looking at every games company.");
            Assert.DoesNotContain(a.Quotes, q => a.MentionOf(q) == "chief operating officer Mark Dunley");
        }

        [Fact]
        public void A_preposition_in_ing_is_no_participle()
        {
            ExtractedArticle a = Extracted.From(
                "Labour MPs were angry about tax rises after the 2001 election campaign during which he had pledged not to increase income tax.");
            Assert.DoesNotContain(a.Quotes, q => (a.MentionOf(q) ?? "").Contains("during", System.StringComparison.Ordinal));
        }

        [Fact]
        public void A_name_before_a_participle_is_left_alone()
        {
            ExtractedArticle a = Extracted.From(
                "Jane Holloway, speaking to Channel Nine, said the plan was dead.");
            Assert.Equal("Jane Holloway", a.MentionOf(a.Quote("the plan was dead")));
        }
    }
}
