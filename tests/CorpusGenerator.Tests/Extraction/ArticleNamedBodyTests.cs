using System.Linq;
using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"The National Audit Office said", then "The NAO said" spelled out as "National Audit Office": one body, one typed speaker (SameNamedSpeakers).</summary>
    public class ArticleNamedBodyTests
    {
        [Fact]
        public void A_body_named_with_and_without_its_article_is_one_speaker()
        {
            ExtractedArticle a = Extracted.From(
                "Member states are failing to report fraud in EU funds.\n\n" +
                "The National Audit Office said the European Commission had to do more to recover the money.\n\n" +
                "The European Court of Auditors had qualified the accounts. The NAO said the losses reached £1bn last year.");
            string? first = a.SpeakerOf(a.Quote("the European Commission had to do more"));
            string? second = a.SpeakerOf(a.Quote("the losses reached"));
            Assert.NotNull(first);
            Assert.Equal(first, second);
            Assert.Single(a.Speakers, s => s.Name.EndsWith("National Audit Office", System.StringComparison.Ordinal));
        }

        [Fact]
        public void A_lower_case_word_after_the_article_keeps_the_name_whole()
        {
            ExtractedArticle a = Extracted.From(
                "Ministers have been warned about the plans.\n\n" +
                "The government said the scheme would go ahead. Critics said the scheme was flawed.");
            Assert.Equal("The government", a.SpeakerOf(a.Quote("the scheme would go ahead")));
        }
    }
}
