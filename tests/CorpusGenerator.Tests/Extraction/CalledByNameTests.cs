using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"The tool, called Picasso, detects photos": "called" that gives a name reports nothing.</summary>
    public class CalledByNameTests
    {
        [Fact]
        public void A_name_given_by_called_is_no_quote()
        {
            ExtractedArticle a = Extracted.From(
                "The firm has built a robot called Emilio. The tool, called Picasso, automatically detects new photos. Called Speakly, it reads out results.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void Calling_someone_something_stays_a_quote()
        {
            ExtractedArticle a = Extracted.From("Mr Hale called Mrs. Pike an \"Aunt Tom\". Trump called Clinton, his rival, a disaster for the country.");
            Assert.Equal(2, a.Quotes.Count);
        }
    }
}
