using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>Title, dateline, headings and paragraphs.</summary>
    public class StructureTests
    {
        [Theory]
        [InlineData("TEHRAN — The talks went on.", "TEHRAN")]
        [InlineData("WASHINGTON (AP) — The talks went on.", "WASHINGTON")]
        [InlineData("OTTAWA - The talks went on.", "OTTAWA")]
        [InlineData("KUALA LUMPUR, Malaysia — The talks went on.", "KUALA LUMPUR")]
        [InlineData("HEMPSTEAD, N.Y. \u2015 The talks went on.", "HEMPSTEAD")]
        public void Dateline_is_the_place_name_only(string text, string place)
        {
            ExtractedArticle a = Extracted.From(text);
            Assert.Equal(place, a.Dateline?.Of(text));
        }

        [Fact]
        public void Ordinary_first_sentence_has_no_dateline()
        {
            Assert.Null(Extracted.From("The talks went on - for hours - in Tehran.").Dateline);
        }

        [Fact]
        public void Short_first_line_without_period_is_the_title()
        {
            string text = "Ad sales boost Time Warner profit\n\nQuarterly profits at US media giant TimeWarner jumped 76%.\n\nThe firm said sales rose.";
            ExtractedArticle a = Extracted.From(text);
            Assert.Equal("Ad sales boost Time Warner profit", a.Title?.Of(text));
            Assert.Equal(2, a.Paragraphs.Count);
            Assert.DoesNotContain(a.Paragraphs, p => p.Overlaps(a.Title!.Value));
        }

        [Fact]
        public void Heading_between_paragraphs()
        {
            string text = "The first paragraph ends here.\n\nTalks resume next week\n\nThe second paragraph ends here.";
            ExtractedArticle a = Extracted.From(text);
            Assert.Equal("Talks resume next week", Assert.Single(a.Headings).Of(text));
            Assert.Equal(2, a.Paragraphs.Count);
        }

        [Fact]
        public void Paragraph_cut_in_mid_sentence_is_one_paragraph()
        {
            string text = "The minister said that Iran and\n\nIraq can cover each other.\n\nThe regime in\n\nthe region was condemned.";
            ExtractedArticle a = Extracted.From(text);
            Assert.Equal(2, a.Paragraphs.Count);
            Assert.Equal(new TextRange(0, text.IndexOf("other.", System.StringComparison.Ordinal) + 6), a.Paragraphs[0]);
        }

        [Fact]
        public void Windows_line_endings_split_paragraphs_too()
        {
            ExtractedArticle a = Extracted.From("First paragraph here.\r\n\r\nSecond paragraph here.\r\n");
            Assert.Equal(2, a.Paragraphs.Count);
            Assert.Equal("Second paragraph here.", a.Paragraphs[1].Of(a.Text));
        }
    }
}
