using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"America: A Tribute to Heroes raised $150m": inside a paragraph, "Name: words" is a title, not a speaker's turn.</summary>
    public class ColonTitleTests
    {
        [Fact]
        public void A_title_and_subtitle_inside_a_paragraph_is_no_quote()
        {
            ExtractedArticle a = Extracted.From("The show follows an earlier telethon. America: A Tribute to Heroes raised more than $150m for the victims.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void A_name_and_colon_opening_a_line_still_speaks()
        {
            ExtractedArticle a = Extracted.From("The interview began on Sunday.\n\nPence: Gennifer Flowers will not be at the debate tomorrow night.");
            Assert.Equal("Pence", a.SpeakerOf(a.Quote("Gennifer Flowers will not be at the debate")));
        }
    }
}
