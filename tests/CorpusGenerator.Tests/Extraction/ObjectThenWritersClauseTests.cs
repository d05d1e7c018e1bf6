using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "The government is reiterating a 2.5% target for 2005, while the European Central Bank is
    /// making positive noises": a noun phrase after the cue is its object, so a contrasting clause
    /// joined to it is the writer's; a reported clause may still run on.
    /// </summary>
    public class ObjectThenWritersClauseTests
    {
        [Fact]
        public void A_clause_after_while_does_not_continue_a_noun_phrase_object()
        {
            ExtractedArticle a = Extracted.From("The government is reiterating a 2.5% target for 2005, while the European Central Bank is making positive noises for the eurozone.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("a 2.5% target for 2005", q.Span.Of(a.Text));
        }

        [Fact]
        public void A_concession_after_a_dash_is_the_writer_s()
        {
            ExtractedArticle a = Extracted.From("He promised more such parties in more locations around the world - despite problems after the Brighton event, which ended in chaos.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("more such parties in more locations around the world", q.Span.Of(a.Text));
        }

        [Fact]
        public void A_named_subject_and_its_verb_after_but_are_the_writer_s()
        {
            ExtractedArticle a = Extracted.From("Trump officials urged surrogates to parrot the comments, but Republican leaders were hard-pressed to deliver a consistent response.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("surrogates to parrot the comments", q.Span.Of(a.Text));
        }

        [Fact]
        public void But_that_goes_on_reporting()
        {
            ExtractedArticle a = Extracted.From("The governor said the plan needs more money and a guest-worker program, but that he would not support mass deportation.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.EndsWith("but that he would not support mass deportation", q.Span.Of(a.Text), System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_reported_clause_keeps_its_but_clause()
        {
            ExtractedArticle a = Extracted.From("State's reviewers had said more than 1,300 emails contained classified material, but the vast majority were just confidential.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.EndsWith("but the vast majority were just confidential", q.Span.Of(a.Text), System.StringComparison.Ordinal);
        }
    }
}
