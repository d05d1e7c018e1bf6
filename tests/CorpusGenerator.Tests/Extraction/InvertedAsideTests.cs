using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Most importantly, say analysts, C" and "The idea, says BT, is C": an inverted attribution set off by commas inside the sentence it reports.</summary>
    public class InvertedAsideTests
    {
        [Fact]
        public void A_fronted_sentence_adverb_is_no_report_and_the_content_follows_the_aside()
        {
            ExtractedArticle a = Extracted.From("Most importantly, say analysts, the failure of the border talks has not led to fresh tensions.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("the failure of the border talks has not led to fresh tensions", q.Span.Of(a.Text));
        }

        [Fact]
        public void A_fronted_time_phrase_before_an_inverted_aside_is_no_report()
        {
            ExtractedArticle a = Extracted.From("At that point, says Dr Tuffy, games could become interactive movies.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("games could become interactive movies", q.Span.Of(a.Text));
        }

        [Fact]
        public void A_subject_fragment_before_an_inverted_aside_runs_on_past_it()
        {
            ExtractedArticle a = Extracted.From("The idea, says the company, is to shape a new model for the art world.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("The idea, says the company, is to shape a new model for the art world", q.Span.Of(a.Text));
        }

        [Fact]
        public void A_role_set_off_by_commas_after_the_name_is_skipped()
        {
            ExtractedArticle a = Extracted.From("What this means, said Stacey Jolna, senior vice president of the group, is that viewers want simpler guides.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("What this means, said Stacey Jolna, senior vice president of the group, is that viewers want simpler guides", q.Span.Of(a.Text));
        }
    }
}
