using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"what X called “Q”": a free relative whose naming cue quotes X's words.</summary>
    public class WhatCalledTests
    {
        [Fact]
        public void What_he_called_quotes_his_words()
        {
            ExtractedArticle a = Extracted.From("The port hopes to shed what harbour master Tom Reilly called “a perception problem.”");
            ExtractedQuote q = a.Quote("a perception problem");
            Assert.Equal("Tom Reilly", a.SpeakerOf(q));
            Assert.Equal("called", a.CueOf(q));
        }

        [Fact]
        public void A_quotation_closed_by_a_comma_ends_before_the_main_clause()
        {
            ExtractedArticle a = Extracted.From("As the city prepares for what Mayor Lena Park called “the busiest summer in memory,” the council is hiring staff.");
            ExtractedQuote q = a.Quote("the busiest summer");
            Assert.Equal("Lena Park", a.SpeakerOf(q));
            Assert.DoesNotContain("council", q.Span.Of(a.Text));
        }

        [Fact]
        public void A_modifier_between_the_speaker_and_the_cue()
        {
            ExtractedArticle a = Extracted.From("The dispute over whether the academy is what former students have called a “fraudulent scheme” took an even uglier turn in court.");
            ExtractedQuote q = a.Quote("fraudulent scheme");
            Assert.Equal("called", a.CueOf(q));
            Assert.DoesNotContain("took", q.Span.Of(a.Text));
        }

        [Fact]
        public void What_he_said_without_a_naming_cue_stays_a_clause()
        {
            ExtractedArticle a = Extracted.From("The board ignored what Tom Reilly said “about the budget” at the meeting.");
            Assert.Empty(a.Quotes);
        }
    }
}
