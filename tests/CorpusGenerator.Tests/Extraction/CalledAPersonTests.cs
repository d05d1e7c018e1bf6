using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Clinton called Sanders shortly after the winner was declared": a telephone call, not a naming.</summary>
    public class CalledAPersonTests
    {
        [Fact]
        public void A_name_called_then_when_is_no_report()
        {
            ExtractedArticle a = Extracted.From("Clinton called Sanders shortly after the winner was declared.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void A_pronoun_called_to_meet_is_no_report()
        {
            ExtractedArticle a = Extracted.From("Bill Clinton called her to get together again.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void A_cue_after_a_call_still_reports()
        {
            ExtractedArticle a = Extracted.From("His wife Sharon, who called the police, said her wedding rings were taken from her bedside table.");
            Assert.Single(a.Quotes);
            Assert.Contains("her wedding rings were taken from her bedside table", a.QuoteTexts());
        }

        [Fact]
        public void A_person_called_something_stays_a_report()
        {
            ExtractedArticle a = Extracted.From("Senator Bernie Sanders called him divisive and dangerous.");
            Assert.Contains("him divisive and dangerous", a.QuoteTexts());
        }
    }
}
