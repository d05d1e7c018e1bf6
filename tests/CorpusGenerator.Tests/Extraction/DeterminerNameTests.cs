using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"An All England club spokesperson denied": a capitalised "All" after "An" opens a name, not a share of a group.</summary>
    public class DeterminerNameTests
    {
        [Fact]
        public void A_capitalised_determiner_after_an_article_opens_the_body_name()
        {
            ExtractedArticle a = Extracted.From(
                "An All England club spokesperson denied Phillips made the remark, insisting: \"He definitely didn't say it.\"");
            Assert.Equal("An All England club spokesperson", a.SpeakerOf(a.Quote("He definitely didn't say it.")));
        }

    }
}
