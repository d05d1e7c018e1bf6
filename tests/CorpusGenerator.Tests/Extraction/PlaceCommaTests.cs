using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "said Sunday in Madison, Wisconsin, that ...": the commas of a place and its state stay
    /// inside where it was said, and the report starts at the "that" after them.
    /// </summary>
    public class PlaceCommaTests
    {
        [Fact]
        public void The_report_starts_after_a_place_with_its_state()
        {
            ExtractedArticle a = Extracted.From("Lena Park said Sunday in Madison, Wisconsin, that she was hoping for a large turnout.");
            Assert.Equal("she was hoping for a large turnout", a.Quote("large turnout").Span.Of(a.Text));
        }
    }
}
