using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>A passive "was asked" with its question reports the question put to the subject.</summary>
    public class PassiveAskedTests
    {
        [Fact]
        public void A_passive_asked_reports_the_question_with_no_asker()
        {
            ExtractedArticle a = Extracted.From("The hall was full.\n\nAt a town meeting on Monday, Ann Brody was asked whether the bridge would reopen in May.");
            ExtractedQuote q = a.Quote("the bridge would reopen");
            Assert.Equal("whether the bridge would reopen in May", q.Span.Of(a.Text));
            Assert.Null(q.SpeakerMention);
            Assert.Equal("asked", a.CueOf(q));
        }

        [Fact]
        public void A_passive_asked_about_a_topic_ends_at_the_comma()
        {
            ExtractedArticle a = Extracted.From("The hall was full.\n\nWhen voters were asked about the new bridge, most supported it.");
            ExtractedQuote q = a.Quote("the new bridge");
            Assert.Equal("the new bridge", q.Span.Of(a.Text));
        }

        [Fact]
        public void The_asker_after_by_speaks()
        {
            ExtractedArticle a = Extracted.From("The hall was full.\n\nAnn Brody was asked by Marta Lindqvist how the bridge would be paid for.");
            ExtractedQuote q = a.Quote("how the bridge would be paid for");
            Assert.Equal("Marta Lindqvist", a.MentionOf(q));
        }

        [Fact]
        public void A_request_is_no_question()
        {
            ExtractedArticle a = Extracted.From("The hall was full.\n\nAnn Brody was asked to leave the meeting.");
            Assert.Empty(a.Quotes);
        }
    }
}
