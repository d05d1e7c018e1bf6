using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "“Q,” said EEF chief economist, Steve Radley.": the name after the role and its comma is the
    /// speaker (SpeechPatterns.RoleThenName).
    /// </summary>
    public class RoleThenNameTests
    {
        [Fact]
        public void The_name_after_a_role_and_a_comma_speaks()
        {
            ExtractedArticle a = Extracted.From("\"So far the evidence suggests the rises have helped,\" said EEF chief economist, Steve Radley.");
            ExtractedQuote q = a.Quote("So far the evidence");
            Assert.Equal("Steve Radley", a.SpeakerOf(q));
        }

        [Fact]
        public void A_role_running_on_before_its_comma_still_names_the_speaker()
        {
            ExtractedArticle a = Extracted.From("\"The routes do not make a profit,\" said BA director of commercial planning, Robert Boyle.");
            Assert.Equal("Robert Boyle", a.SpeakerOf(a.Quote("The routes do not")));
        }

        [Fact]
        public void An_unnamed_source_named_after_its_comma_speaks()
        {
            ExtractedArticle a = Extracted.From("\"A decision is now expected by mid-March,\" said one of their lawyers, Michalis Dimitrakopoulos.");
            Assert.Equal("Michalis Dimitrakopoulos", a.SpeakerOf(a.Quote("A decision is now")));
        }
    }
}
