using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"wrote, directed and starred in", "is writing the second book": making a work reports nothing; "wrote that ..." does.</summary>
    public class WrittenWorkTests
    {
        [Fact]
        public void Writing_joined_to_directing_is_no_quote()
        {
            ExtractedArticle a = Extracted.From("Actor Sam Tully won the prize for Blue River, which he wrote, directed and starred in.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void Writing_a_song_or_a_book_in_progress_is_no_quote()
        {
            ExtractedArticle a = Extracted.From(
                "Singer Ada Morrow wrote the song before the storm but had thought it was too gloomy to release. Author Jo Penn is currently writing the second book in the series.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void Writing_software_is_no_quote()
        {
            ExtractedArticle a = Extracted.From("Apple can do this because they wrote the software and they control the rights management.");
            Assert.DoesNotContain(a.QuoteTexts(), x => x.StartsWith("the software"));
        }

        [Fact]
        public void Writing_a_clause_stays_a_quote()
        {
            ExtractedArticle a = Extracted.From("Critic Ada Morrow wrote that the song was too gloomy to release.");
            Assert.Single(a.Quotes);
        }
    }
}
