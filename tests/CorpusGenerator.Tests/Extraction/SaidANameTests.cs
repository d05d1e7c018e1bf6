using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"saying the actor's name": uttering a name or a word, not reporting a claim.</summary>
    public class SaidANameTests
    {
        [Fact]
        public void Saying_a_name_to_a_device_is_no_report()
        {
            ExtractedArticle a = Extracted.From("Users will also be able to request a film just by saying the actor's name.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void Saying_a_word_louder_is_no_report()
        {
            ExtractedArticle a = Extracted.From("\u201CShe just said a terrible thing,\u201D Trump said. He asked the woman to raise her voice and say the word louder.");
            Assert.DoesNotContain("the word louder", a.QuoteTexts());
        }

        [Fact]
        public void Saying_the_name_was_wrong_stays_a_report()
        {
            ExtractedArticle a = Extracted.From("The club said the name would be changed next season.");
            Assert.Contains("the name would be changed next season", a.QuoteTexts());
        }
    }
}
