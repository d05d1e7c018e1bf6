using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    // The runtime library has a QuoteKind too (CorpusGenerator.QuoteKind); these tests mean the engine's.
    using QuoteKind = CorpusGenerator.Extraction.QuoteKind;

    /// <summary>
    /// A cue inside a relative clause ("an architect who said ...") speaks for its antecedent
    /// only: what comes after it belongs to the main clause.
    /// </summary>
    public class RelativeClauseCueTests
    {
        [Fact]
        public void A_participle_after_a_relative_clause_cue_takes_the_main_subject()
        {
            ExtractedArticle a = Extracted.From(
                "Trump was defensive when forced to defend not paying an architect who said he was stiffed after he designed a clubhouse, saying, \"Maybe he did not do a good job.\"");
            ExtractedQuote q = a.Quote("Maybe he did not");
            Assert.Equal(QuoteKind.Direct, q.Kind);
            Assert.Equal("Trump", a.MentionOf(q));
            Assert.Equal("saying", a.CueOf(q));

            ExtractedQuote inner = a.Quote("he was stiffed");
            Assert.Equal("he was stiffed after he designed a clubhouse", inner.Span.Of(a.Text));
            Assert.Equal("an architect", a.MentionOf(inner));
        }

        [Fact]
        public void A_relative_clause_cue_keeps_its_content_before_the_main_cue()
        {
            ExtractedArticle a = Extracted.From("Barkley, who said he typically votes Democratic, said one candidate he likes is John Kasich.");
            Assert.Equal("Barkley", a.MentionOf(a.Quote("he typically votes Democratic")));
            Assert.Equal("Barkley", a.MentionOf(a.Quote("one candidate he likes")));
        }
    }
}
