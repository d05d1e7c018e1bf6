using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"For the Lib Dems David Laws said": a plural party label set before a name is not part of it.</summary>
    public class PluralPartyLabelTests
    {
        [Fact]
        public void The_lib_dems_label_is_not_part_of_the_name()
        {
            ExtractedArticle a = Extracted.From("For the Lib Dems David Laws said: \"The chancellor will no doubt tell us the economy is strong.\"");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("David Laws", a.SpeakerOf(q));
        }

        [Fact]
        public void The_tories_label_is_not_part_of_the_name()
        {
            ExtractedArticle a = Extracted.From("But Tories Ken Clarke said the plans would \"weaken the Lords\" for good.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("Ken Clarke", a.SpeakerOf(q));
        }
    }
}
