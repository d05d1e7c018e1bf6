using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "The allegations, which he has denied, are being investigated": the cue after "which X"
    /// has the relative pronoun for its object, and what follows the comma is the sentence going on.
    /// </summary>
    public class RelativeObjectTests
    {
        [Fact]
        public void The_clause_after_which_he_denied_is_not_what_he_denied()
        {
            ExtractedArticle a = Extracted.From("The allegations, which Mr Blunkett has denied, are being investigated by Sir Alan Budd.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void A_which_clause_without_a_comma_after_the_cue_is_left_alone()
        {
            ExtractedArticle a = Extracted.From("Lena Park said the bridge, which engineers inspected in May, was safe.");
            Assert.Equal("said", a.CueOf(a.Quote("was safe")));
        }
    }
}
