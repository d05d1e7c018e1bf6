using System.Linq;
using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"92% said they never gave a straight answer": a share of those polled, with no noun, is no typed speaker; its mention stays (BareShares).</summary>
    public class BareShareTests
    {
        [Fact]
        public void A_percentage_with_no_noun_names_no_speaker_but_keeps_its_mention()
        {
            ExtractedArticle a = Extracted.From(
                "The poll also looked at what lay behind the lack of trust in politicians.\n\n" +
                "Some 87% said politicians did not keep their promises, while 92% said they never gave a straight answer.");
            ExtractedQuote q = a.Quote("never gave a straight answer");
            Assert.Null(a.SpeakerOf(q));
            Assert.Equal("92%", a.MentionOf(q));
            Assert.DoesNotContain(a.Speakers, s => s.Name == "92%" || s.Name == "Some 87%");
        }

        [Fact]
        public void A_fraction_with_no_noun_names_no_speaker()
        {
            ExtractedArticle a = Extracted.From(
                "Some 1,000 people were interviewed for the survey.\n\n" +
                "One in four said he should be back in the cabinet within a year.");
            Assert.Null(a.SpeakerOf(a.Quote("he should be back in the cabinet")));
        }

        [Fact]
        public void A_share_with_its_noun_still_speaks()
        {
            ExtractedArticle a = Extracted.From(
                "The survey was carried out last month.\n\n" +
                "Almost 70% of those asked said they would vote in an immediate election.");
            Assert.NotNull(a.SpeakerOf(a.Quote("they would vote in an immediate election")));
        }
    }
}
