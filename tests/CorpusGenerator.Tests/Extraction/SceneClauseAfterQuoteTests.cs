using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "“Q!” Sessions said as he launched the roll call.": after a quotation ending in "!" or "?",
    /// a clause of time or manner after the next sentence's cue says when or how it was said, not
    /// what: the attribution is the quotation's.
    /// </summary>
    public class SceneClauseAfterQuoteTests
    {
        [Fact]
        public void An_as_clause_after_the_cue_leaves_the_attribution_to_the_quotation_before()
        {
            ExtractedArticle a = Extracted.From(
                "The vote was close. \"The great town of Harbourview is proud to cast its votes!\" Mayor Lena Park said as she opened the roll call. The council meets in May.");
            ExtractedQuote q = a.Quote("proud to cast its votes");
            Assert.Equal("Lena Park", a.MentionOf(q));
            Assert.DoesNotContain(a.QuoteTexts(), x => x.StartsWith("as she", System.StringComparison.Ordinal));
        }

        [Fact]
        public void A_when_clause_after_a_scene_phrase_leaves_the_attribution_to_the_quotation_before()
        {
            ExtractedArticle a = Extracted.From(
                "The row grew. \"Who do they think they are?\" Okafor said of the board in February, when the board refused to meet. Ratings rose.");
            ExtractedQuote q = a.Quote("Who do they think");
            Assert.Equal("Okafor", a.MentionOf(q));
        }

        [Fact]
        public void A_before_phrase_is_no_clause_of_the_scene()
        {
            ExtractedArticle a = Extracted.From(
                "\"We know where we stand. If he was not so committed he would have gone by now.\" Lena Park had said before Wednesday's game she would consider leaving.");
            Assert.Null(a.MentionOf(a.Quote("We know where we stand")));
        }
    }
}
