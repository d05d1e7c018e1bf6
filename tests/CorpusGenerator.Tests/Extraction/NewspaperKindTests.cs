using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "The paper said" after "The Observer reported" and a firm named since: the newspaper whose
    /// name shows it is one ("Observer", "Times", "the FT"), not the organisation last named.
    /// </summary>
    public class NewspaperKindTests
    {
        [Fact]
        public void The_paper_is_the_newspaper_named_before_a_firm_named_since()
        {
            ExtractedArticle a = Extracted.From(
                "The Observer reported on Sunday that jobs could go at the plant. Shanghai Automotive Industry Corp has yet to approve the deal. The paper said that Chinese officials believe cutbacks will be required.");
            Assert.Equal("The Observer", a.SpeakerOf(a.Quote("Chinese officials believe")));
        }

        [Fact]
        public void The_paper_is_the_FT_named_by_its_acronym()
        {
            ExtractedArticle a = Extracted.From(
                "According to the FT, Rover's talks irritated regulators. Shanghai Automotive Industry Corp has yet to approve the deal. The paper said that Chinese officials had been irritated.");
            Assert.Equal("the FT", a.SpeakerOf(a.Quote("Chinese officials had been")));
        }
    }
}
