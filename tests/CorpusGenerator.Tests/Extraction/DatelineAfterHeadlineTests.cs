using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "Cruz says the assault is a fireable offense." then "DECATUR, Ill. — Sen. Ted Cruz weighed in
    /// ..., calling the behavior a “fireable offense.”": a headline that ends as a sentence does is
    /// kept as a paragraph, but the dateline after it still opens the body, so the first
    /// sentence's subject is found after the dash, not in "DECATUR, Ill.".
    /// </summary>
    public class DatelineAfterHeadlineTests
    {
        private const string Article =
            "Cruz says the assault is a fireable offense.\n\n" +
            "DECATUR, Ill. — Sen. Ted Cruz weighed in on allegations against a campaign manager, calling the behavior a “fireable offense.”\n\n" +
            "“Of course it’s not appropriate,” Cruz said.\n";

        [Fact]
        public void The_dateline_in_the_second_paragraph_is_found()
        {
            ExtractedArticle a = Extracted.From(Article);
            Assert.Equal("DECATUR", a.Dateline?.Of(a.Text));
        }

        [Fact]
        public void The_participle_after_the_dateline_is_spoken_by_the_first_sentence_s_subject()
        {
            ExtractedArticle a = Extracted.From(Article);
            ExtractedQuote q = a.Quote("the behavior a");
            Assert.Equal("Ted Cruz", a.MentionOf(q));
        }

        [Fact]
        public void Without_a_dateline_the_second_paragraph_keeps_its_first_words()
        {
            ExtractedArticle a = Extracted.From(
                "Cruz says the assault is a fireable offense.\n\nDecatur voters said the campaign had been hard on everyone.\n\n“Of course it’s not appropriate,” Cruz said.\n");
            Assert.Null(a.Dateline);
            Assert.Contains(a.QuoteTexts(), x => x.StartsWith("the campaign had been hard", System.StringComparison.Ordinal));
        }
    }
}
