using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "“Q!” Smith said last week.": a quotation ending in "!" or "?" ends its sentence, and the
    /// phrase after the next sentence's cue that only says when ("last week", "during the show")
    /// is no content of its own: the attribution is the quotation's.
    /// </summary>
    public class TimeAfterQuoteTests
    {
        [Fact]
        public void A_time_after_the_cue_leaves_the_attribution_to_the_quotation_before()
        {
            ExtractedArticle a = Extracted.From(
                "The mayor spoke at length. \"We will never give up on this town!\" Garner said last week. The council meets in May.");
            ExtractedQuote q = a.Quote("never give up");
            Assert.Equal("Garner", a.MentionOf(q));
            Assert.Equal("said", a.CueOf(q));
            Assert.DoesNotContain(a.QuoteTexts(), x => x == "last week");
        }

        [Fact]
        public void A_during_phrase_after_the_cue_leaves_the_attribution_to_the_quotation_before()
        {
            ExtractedArticle a = Extracted.From(
                "The debate ran late. \"What is this about, really?\" Okafor added during his appearance on the morning show. Ratings rose.");
            ExtractedQuote q = a.Quote("What is this about");
            Assert.Equal("Okafor", a.MentionOf(q));
            Assert.DoesNotContain(a.QuoteTexts(), x => x.StartsWith("during", System.StringComparison.Ordinal));
        }
    }
}
