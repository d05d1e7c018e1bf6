using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    // The runtime library has a QuoteKind too (CorpusGenerator.QuoteKind); these tests mean the engine's.
    using QuoteKind = CorpusGenerator.Extraction.QuoteKind;

    /// <summary>A quotation followed by its own speaker and cue is that cue's, not the content of an earlier cue that runs into it.</summary>
    public class QuoteWithOwnCueTests
    {
        [Fact]
        public void A_quotation_after_a_colon_is_the_cue_that_follows_it()
        {
            ExtractedArticle a = Extracted.From("In her speech, Mayor Lena Park declared the need for patience: “Change the harbour and then change it again,” she said.");
            ExtractedQuote q = a.Quote("Change the harbour");
            Assert.Equal(QuoteKind.Direct, q.Kind);
            Assert.Equal("she", a.MentionOf(q));
            Assert.Equal("said", a.CueOf(q));
            Assert.Equal("Lena Park", a.SpeakerOf(q));

            ExtractedQuote before = a.Quote("the need for patience");
            Assert.Equal("the need for patience", before.Span.Of(a.Text));
            Assert.Equal("declared", a.CueOf(before));
        }

        [Fact]
        public void A_quotation_between_dashes_is_the_cue_that_follows_it()
        {
            ExtractedArticle a = Extracted.From("Mayor Lena Park suggested that the plan was unserious - “Again, we need the details,” she said - and left the hall.");
            ExtractedQuote q = a.Quote("Again, we need the details");
            Assert.Equal("she", a.MentionOf(q));
            Assert.Equal("said", a.CueOf(q));
        }

        [Fact]
        public void A_cue_with_only_its_listener_before_the_colon_keeps_the_quotation()
        {
            ExtractedArticle a = Extracted.From("Mayor Lena Park told Today: “It is true that I apologised for the harbour,” she said.");
            ExtractedQuote q = a.Quote("It is true");
            Assert.Equal("told", a.CueOf(q));
            Assert.Equal("Lena Park", a.MentionOf(q));
        }
    }
}
