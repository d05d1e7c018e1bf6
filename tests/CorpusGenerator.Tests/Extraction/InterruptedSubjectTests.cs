using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    using QuoteKind = CorpusGenerator.Extraction.QuoteKind;

    /// <summary>"The tone of the campaign, said Mr Milburn, would be ...": a subject the attribution interrupts before its verb.</summary>
    public class InterruptedSubjectTests
    {
        [Fact]
        public void A_long_subject_before_the_attribution_is_part_of_what_was_said()
        {
            ExtractedArticle a = Extracted.From("The hard part of learning any language, said Mr Purushotma, were the basic parts of learning what words refer to.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("The hard part of learning any language, said Mr Purushotma, were the basic parts of learning what words refer to", q.Span.Of(a.Text));
        }

        [Fact]
        public void The_speaker_may_carry_an_affiliation_and_an_appositive()
        {
            ExtractedArticle a = Extracted.From("Part of the problem in detecting tunnels, say experts like Paul Bauman, a Canadian geophysicist, is the ground itself.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("Part of the problem in detecting tunnels, say experts like Paul Bauman, a Canadian geophysicist, is the ground itself", q.Span.Of(a.Text));
        }

        [Fact]
        public void A_quotation_in_the_predicate_makes_it_mixed()
        {
            ExtractedArticle a = Extracted.From("The European ministers' comments, said Junya Tanase of JPMorgan Chase bank in Tokyo, were \"generally too weak to produce a market reaction\".");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal(QuoteKind.Mixed, q.Kind);
            Assert.StartsWith("The European ministers' comments, said", q.Span.Of(a.Text));
        }

        [Fact]
        public void A_clause_before_the_attribution_stays_its_own_report()
        {
            ExtractedArticle a = Extracted.From("The plan was never going to work, said Mr Smith, who had opposed it from the start.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("The plan was never going to work", q.Span.Of(a.Text));
        }
    }
}
