using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "meddling the California congressman said is designed to ...": a cue in a relative clause
    /// without its "that" reports the clause after it, even inside another cue's content.
    /// </summary>
    public class ReducedRelativeCueTests
    {
        [Fact]
        public void A_cue_in_a_reduced_relative_clause_reports_the_clause_after_it()
        {
            ExtractedArticle a = Extracted.From(
                "Rep. Adam Schiff called on President Obama to retaliate against Russia for interference in the election -- meddling the California congressman said is designed to \"sow discord\" in American politics.");
            ExtractedQuote q = a.Quote("is designed to");
            Assert.Equal("the California congressman", a.MentionOf(q));
            Assert.Equal("said", a.CueOf(q));
            Assert.DoesNotContain("is designed", a.Quote("President Obama to retaliate").Span.Of(a.Text));
        }

        [Fact]
        public void A_relative_clause_that_keeps_its_that_stays_in_the_reported_clause()
        {
            ExtractedArticle a = Extracted.From(
                "Sanders said he plans to introduce a bill after having slammed an effort supported by House leaders that Sanders said would make \"a terrible situation even worse.\"");
            Assert.Contains("would make", a.Quote("he plans to introduce").Span.Of(a.Text));
        }
    }
}
