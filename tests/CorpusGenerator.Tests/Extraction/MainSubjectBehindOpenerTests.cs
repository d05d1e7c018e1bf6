using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    // The runtime library has a QuoteKind too (CorpusGenerator.QuoteKind); these tests mean the engine's.
    using QuoteKind = CorpusGenerator.Extraction.QuoteKind;

    /// <summary>
    /// A participle cue set off by its comma ("..., saying ...") is spoken by the main clause's
    /// subject, which may stand behind what opens the sentence: a subordinate clause ("While
    /// celebrating ..., Trump mocked ..., saying") or a preposition the word lists leave out
    /// ("Like Corker, Menendez rejected ..., arguing that").
    /// </summary>
    public class MainSubjectBehindOpenerTests
    {
        [Fact]
        public void An_opening_subordinate_clause_leaves_the_main_subject_to_speak()
        {
            ExtractedArticle a = Extracted.From(
                "While celebrating sweeping victories in five primaries Tuesday night, Maria Ruiz mocked the qualifications of her rival, saying he would be a bad mayor who lacks \"strength.\"");
            ExtractedQuote q = a.Quote("he would be a bad mayor");
            Assert.Equal("Maria Ruiz", a.MentionOf(q));
            Assert.Equal(QuoteKind.Mixed, q.Kind);
        }

        [Fact]
        public void An_opening_like_phrase_leaves_the_main_subject_to_speak()
        {
            ExtractedArticle a = Extracted.From(
                "Like Corker, Bob Menendez rejected the bill, arguing that there is \"flexibility for the administration\" in the sanctions regime.");
            ExtractedQuote q = a.Quote("flexibility for the administration");
            Assert.Equal("Bob Menendez", a.MentionOf(q));
        }

        [Fact]
        public void A_verb_joined_by_and_after_an_opening_clause_reports_nothing()
        {
            // BBC tech/267: "ask" is joined to "spend", not a cue of the main clause's subject; what
            // she said is the whole sentence before "she said".
            ExtractedArticle a = Extracted.From(
                "As people become more familiar with the internet, they tend to spend more time online and ask more queries, she said.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.StartsWith("As people become more familiar", q.Span.Of(a.Text), System.StringComparison.Ordinal);
        }
    }
}
