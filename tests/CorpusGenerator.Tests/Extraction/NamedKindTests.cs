using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Reuters news agency reports", "the China Daily newspaper said": the name before the noun for its kind speaks.</summary>
    public class NamedKindTests
    {
        [Fact]
        public void The_newspaper_named_before_its_noun_speaks()
        {
            ExtractedArticle a = Extracted.From("\"It is bad news for the firm,\" the China Daily newspaper said of the latest development.");
            Assert.Equal("China Daily", a.SpeakerOf(a.Quote("It is bad news for the firm")));
        }

        [Fact]
        public void The_news_agency_named_before_its_noun_speaks()
        {
            ExtractedArticle a = Extracted.From("Seven companies were sued on Thursday, according to the Reuters news agency.");
            Assert.Equal("Reuters", a.SpeakerOf(a.Quote("Seven companies were sued")));
        }

        [Fact]
        public void The_agency_named_before_its_noun_is_named_without_the_agency_article()
        {
            ExtractedArticle a = Extracted.From(
                "Fiat workers protested in Turin, according to the Reuters news agency.\n\n" +
                "Reuters also said that union bosses shouted insults at the chairman.");
            Assert.Equal("Reuters", a.SpeakerOf(a.Quote("union bosses shouted insults")));
        }
    }
}
