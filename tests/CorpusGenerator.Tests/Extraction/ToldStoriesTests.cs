using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"The film tells the story of two boys": a work's plot is no report of speech; a person telling a story is.</summary>
    public class ToldStoriesTests
    {
        [Theory]
        [InlineData("The film tells the story of two adolescent boys who are subjected to a harsh regime.")]
        [InlineData("Sideways tells the story of two men who take a road trip through California.")]
        [InlineData("The musical, set on a small Greek island, tells of the story of a young woman and her mother.")]
        [InlineData("The campaign broadcast a short film on Univision. It told the story of Florida tomato pickers.")]
        public void The_plot_of_a_work_is_no_quote(string text)
        {
            ExtractedArticle a = Extracted.From(text);
            Assert.Empty(a.Quotes);
        }

        [Theory]
        [InlineData("In the final Mass of his trip, Francis told the Biblical story of the city of Nineveh.")]
        [InlineData("Hillary Clinton has emphasized her ties to Obama. She regularly tells the story of how he wooed her.")]
        public void A_person_telling_a_story_is_speech(string text)
        {
            ExtractedArticle a = Extracted.From(text);
            Assert.Contains(a.Quotes, q => q.Span.Of(a.Text).StartsWith("the Biblical story", System.StringComparison.Ordinal) || q.Span.Of(a.Text).StartsWith("the story of how", System.StringComparison.Ordinal));
        }
    }
}
