using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "Smith said in her opening remarks that C", "Jones told The Huffington Post on Monday that C":
    /// a cue word used as a noun does not stop the search for the "that" opening the content.
    /// </summary>
    public class CueNounTests
    {
        [Fact]
        public void A_cue_word_after_a_possessive_and_a_modifier_is_a_noun()
        {
            ExtractedArticle a = Extracted.From("Wasserman Schultz said in her opening remarks that the platform should back the allies.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("the platform should back the allies", q.Span.Of(a.Text));
        }

        [Fact]
        public void A_capitalised_cue_word_inside_a_paper_s_name_is_a_noun()
        {
            ExtractedArticle a = Extracted.From("Mark Jones told The Huffington Post on Monday that the group never worked with him.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("the group never worked with him", q.Span.Of(a.Text));
        }
    }
}
