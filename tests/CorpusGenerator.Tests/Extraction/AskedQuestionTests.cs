using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>An opening "Asked if ...," reports the question put to the main clause's subject.</summary>
    public class AskedQuestionTests
    {
        [Fact]
        public void An_opening_asked_reports_the_question_with_no_asker()
        {
            ExtractedArticle a = Extracted.From("Asked whether the bridge would reopen in May, Ann Brody said she could not promise it.");
            ExtractedQuote q = a.Quote("the bridge would reopen");
            Assert.Equal("whether the bridge would reopen in May", q.Span.Of(a.Text));
            Assert.Null(q.SpeakerMention);
            Assert.Equal("Asked", a.CueOf(q));
            Assert.Equal("Ann Brody", a.MentionOf(a.Quote("she could not promise it")));
        }
    }
}
