using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Bush himself, who told ...", "Staunton, 49, who told ...": the relative clause speaks for the name before the aside.</summary>
    public class WhoPastAsideTests
    {
        [Fact]
        public void A_reflexive_before_who_is_skipped()
        {
            ExtractedArticle a = Extracted.From("The latest to pitch in has been President George W Bush himself, who told reporters that he remained committed to halving the budget deficit.");
            Assert.Equal("George W Bush", a.SpeakerOf(a.Quote("he remained committed")));
        }

        [Fact]
        public void An_age_before_who_is_skipped()
        {
            ExtractedArticle a = Extracted.From("It is also a debut nomination for Imelda Staunton, 49, who said she had not thought the film would appeal to Academy voters.");
            Assert.Equal("Imelda Staunton", a.SpeakerOf(a.Quote("she had not thought the film")));
        }
    }
}
