using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"“Q,” X said when asked whether ...", "X, when asked what ..., responded": a question put to a speaker after the main clause.</summary>
    public class AskedWhenTests
    {
        [Fact]
        public void When_asked_after_a_quoted_speaker_reports_the_question()
        {
            ExtractedArticle a = Extracted.From("The bridge reopened.\n\n“We will see,” Mayor Ann Brody said when asked whether the tolls would return next year.");
            ExtractedQuote q = a.Quote("whether the tolls");
            Assert.Equal("whether the tolls would return next year", q.Span.Of(a.Text));
            Assert.Equal("asked", a.CueOf(q));
            Assert.Null(q.SpeakerMention);
        }

        [Fact]
        public void A_manner_adverb_or_a_month_may_come_first()
        {
            ExtractedArticle a = Extracted.From("The bridge reopened.\n\nAnn Brody, when asked specifically what went wrong, responded that the steel was late.");
            Assert.Equal("what went wrong", a.Quote("what went wrong").Span.Of(a.Text));
            Assert.Equal("Ann Brody", a.MentionOf(a.Quote("the steel was late")));
        }

        [Fact]
        public void A_phrase_of_place_or_time_may_come_before_the_question()
        {
            ExtractedArticle a = Extracted.From("The bridge reopened.\n\nAsked at a briefing in Leeds recently whether the tolls would return, Ann Brody shrugged.");
            ExtractedQuote q = a.Quote("whether the tolls");
            Assert.Equal("whether the tolls would return", q.Span.Of(a.Text));
            Assert.Equal("Asked", a.CueOf(q));
        }

        [Fact]
        public void An_opening_conjunction_may_come_before_when_asked_and_the_main_clause_still_reports()
        {
            ExtractedArticle a = Extracted.From("The bridge reopened.\n\nBut when asked about the tolls, the bridge's chief engineer Ann Brody said the steel was late.");
            Assert.Equal("the tolls", a.Quote("the tolls").Span.Of(a.Text));
            Assert.Equal("Ann Brody", a.MentionOf(a.Quote("the steel was late")));
        }

        [Fact]
        public void An_opening_asked_by_names_the_asker()
        {
            ExtractedArticle a = Extracted.From("The bridge reopened.\n\nAsked by Tom Hale whether the tolls would return, Ann Brody said the steel was late.");
            ExtractedQuote q = a.Quote("whether the tolls");
            Assert.Equal("whether the tolls would return", q.Span.Of(a.Text));
            Assert.Equal("Tom Hale", a.MentionOf(q));
            Assert.Equal("Ann Brody", a.MentionOf(a.Quote("the steel was late")));
        }

        [Fact]
        public void When_asked_inside_reported_words_is_no_question()
        {
            ExtractedArticle a = Extracted.From("The bridge reopened.\n\nAnn Brody said the video shows the driver leaving his car when asked to do so by police.\n\nThe firm wouldn't comment when asked if other bridges were affected.");
            Assert.DoesNotContain(a.Quotes, q => a.CueOf(q) == "asked");
        }

        [Fact]
        public void A_question_word_closing_the_text_is_no_question()
        {
            ExtractedArticle a = Extracted.From("The bridge reopened.\n\n“We will see,” Ann Brody said when asked about");
            Assert.DoesNotContain(a.Quotes, q => a.CueOf(q) == "asked");
        }
    }
}
