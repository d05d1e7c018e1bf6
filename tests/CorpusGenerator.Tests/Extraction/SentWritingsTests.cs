using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"A letter sent to X said": whom a writing was sent to is no speaker of it.</summary>
    public class SentWritingsTests
    {
        [Fact]
        public void The_receiver_of_a_letter_does_not_speak_it()
        {
            ExtractedArticle a = Extracted.From("A letter sent to Martin Quillby said his passport would not be issued.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("his passport would not be issued", q.Span.Of(a.Text));
            Assert.NotEqual("Martin Quillby", a.SpeakerOf(q));
            Assert.Equal("A letter", a.MentionOf(q));
        }

        [Fact]
        public void A_writer_named_before_a_letter_still_speaks()
        {
            ExtractedArticle a = Extracted.From("Martin Quillby sent a letter to the council and said the plan would fail.");
            Assert.Equal("Martin Quillby", a.SpeakerOf(a.Quote("the plan would fail")));
        }
    }
}
