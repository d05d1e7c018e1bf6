using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "The plan “will not end the shortage,” Ruiz said on the same call.": "on" and a determiner
    /// or a name after a verb of saying give the channel, so what was said is the clause before.
    /// </summary>
    public class ChannelAfterCueTests
    {
        [Fact]
        public void A_show_s_quoted_title_closing_the_sentence_is_the_channel()
        {
            ExtractedArticle a = Extracted.From("The council had backed the plan until the vote, she said Wednesday morning on WXTV's “Harbor Live.”");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("The council had backed the plan until the vote", q.Span.Of(a.Text));
        }

        [Fact]
        public void On_a_channel_after_said_leaves_the_content_before_the_speaker()
        {
            ExtractedArticle a = Extracted.From(
                "The new rules \"will not end the shortage, but they help,\" Maria Ruiz, the deputy director, said on the same call.");
            ExtractedQuote q = a.Quote("will not end the shortage");
            Assert.Equal("Maria Ruiz", a.MentionOf(q));
            Assert.StartsWith("The new rules", q.Span.Of(a.Text), System.StringComparison.Ordinal);
            Assert.DoesNotContain(a.QuoteTexts(), x => x.StartsWith("on the same call", System.StringComparison.Ordinal));
        }
    }
}
