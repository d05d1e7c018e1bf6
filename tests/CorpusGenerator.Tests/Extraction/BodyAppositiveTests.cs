using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Manufacturers' organisation, the EEF, said": the body's name set off after its description speaks (BodyAppositives).</summary>
    public class BodyAppositiveTests
    {
        [Fact]
        public void The_name_after_a_body_description_speaks()
        {
            ExtractedArticle a = Extracted.From(
                "Factory output fell again in November.\n\n" +
                "Manufacturers' organisation, the EEF, said it expected the hold in interest rates to continue.");
            Assert.Equal("the EEF", a.SpeakerOf(a.Quote("it expected the hold")));
        }

        [Fact]
        public void A_persons_title_before_the_name_is_no_body()
        {
            ExtractedArticle a = Extracted.From(
                "Factory output fell again in November.\n\n" +
                "Its chief executive, the Rev Jesse Jackson, said it expected the hold to continue.");
            Assert.NotEqual("the Rev Jesse Jackson", a.SpeakerOf(a.Quote("it expected the hold")));
        }
    }
}
