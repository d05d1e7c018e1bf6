using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"26% say they ...": a share written with the percent sign speaks as "26 percent" does; a cue in -s after a share is a noun.</summary>
    public class PercentSignShareTests
    {
        [Fact]
        public void A_percent_sign_share_speaks()
        {
            ExtractedArticle a = Extracted.From("Riders were polled in May.\n\nOf those asked, 53% describe the service as poor; 26% say they would pay more for a faster line.");
            ExtractedQuote q = a.Quote("they would pay more");
            Assert.Equal("say", a.CueOf(q));
            Assert.Equal("26%", a.MentionOf(q));
        }

        [Fact]
        public void A_share_with_its_group_speaks()
        {
            ExtractedArticle a = Extracted.From("Riders were polled in May.\n\nOnly 18% of all riders said they use the night bus.");
            Assert.Equal("Only 18% of all riders", a.MentionOf(a.Quote("they use the night bus")));
        }

        [Fact]
        public void A_cue_word_in_s_after_a_share_is_the_noun_it_counts()
        {
            ExtractedArticle a = Extracted.From("Riders were polled in May.\n\nThe council rated 32% of opposition claims as “false” last year.");
            Assert.DoesNotContain(a.Quotes, q => a.CueOf(q) == "claims");
        }
    }
}
