using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"have notes attached to them": after "have" a cue word in -s is a plural noun, not a verb.</summary>
    public class PluralNounAfterHaveTests
    {
        [Fact]
        public void Notes_after_have_are_no_cue()
        {
            ExtractedArticle a = Extracted.From("Sites saved in this way can be arranged in folders and have notes attached to them to explain why they were saved.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void A_cue_after_has_in_the_past_stays()
        {
            ExtractedArticle a = Extracted.From("The minister has noted that the plan would cost nothing.");
            Assert.Contains("the plan would cost nothing", a.QuoteTexts());
        }
    }
}
