using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// Before a verb that only reports words ("said", "says", "told"), the phrase opening the
    /// clause speaks, even when the lexicon knows nothing of its head.
    /// </summary>
    public class PlainSubjectTests
    {
        [Fact]
        public void A_subject_with_an_unknown_head_speaks_before_said()
        {
            ExtractedArticle a = Extracted.From("Several Democratic operatives said the debate had gone badly.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("the debate had gone badly", q.Span.Of(a.Text));
            Assert.Equal("Several Democratic operatives", a.MentionOf(q));
            Assert.Null(a.SpeakerOf(q));
        }

        [Fact]
        public void A_subject_after_a_comma_speaks_for_the_clause_before_it()
        {
            ExtractedArticle a = Extracted.From("The debate had gone badly, operatives in both camps say.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("The debate had gone badly", q.Span.Of(a.Text));
            Assert.Equal("operatives in both camps", a.MentionOf(q));
        }

        [Fact]
        public void A_subject_with_a_relative_clause_speaks_before_say()
        {
            ExtractedArticle a = Extracted.From("The county clerks whose rules have been struck down say the courts have changed.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("the courts have changed", q.Span.Of(a.Text));
            Assert.Equal("The county clerks whose rules have been struck down", a.MentionOf(q));
        }

        [Fact]
        public void A_that_relative_before_a_verb_opens_a_subject()
        {
            ExtractedArticle a = Extracted.From("But local groups that have backed the mayor say they want a recount.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("they want a recount", q.Span.Of(a.Text));
            Assert.Equal("local groups that have backed the mayor", a.MentionOf(q));
        }

        [Fact]
        public void A_definite_description_with_an_acronym_or_an_owner_still_speaks()
        {
            ExtractedArticle a = Extracted.From("The FIFA kit designer said the shirts would arrive in May.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("the shirts would arrive in May", q.Span.Of(a.Text));
            Assert.Equal("The FIFA kit designer", a.MentionOf(q));

            ExtractedArticle b = Extracted.From("The deputy head of Norway's delegation said the talks had stalled.");
            Assert.Equal("the talks had stalled", Assert.Single(b.Quotes).Span.Of(b.Text));
        }

        [Fact]
        public void Any_verb_of_speech_with_that_after_it_takes_a_plain_subject()
        {
            ExtractedArticle a = Extracted.From("Administrators of the ranch have complained that squatters took most of the land.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("squatters took most of the land", q.Span.Of(a.Text));
            Assert.Equal("Administrators of the ranch", a.MentionOf(q));

            ExtractedArticle b = Extracted.From("Some analyses suggest that costs will rise sharply.");
            Assert.Equal("Some analyses", b.MentionOf(Assert.Single(b.Quotes)));
        }

        [Fact]
        public void A_cue_word_that_is_often_a_noun_takes_no_plain_subject()
        {
            Assert.Empty(Extracted.From("Early news reports that the mayor had resigned turned out to be false.").Quotes);
        }

        [Fact]
        public void A_cue_word_after_a_number_is_a_noun_inside_the_subject()
        {
            ExtractedArticle a = Extracted.From("Large majorities of farmers in six states said the harvest was poor.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("the harvest was poor", q.Span.Of(a.Text));
            Assert.Equal("Large majorities of farmers in six states", a.MentionOf(q));
        }

        [Fact]
        public void A_relative_clause_may_hold_pieces_set_off_by_commas()
        {
            ExtractedArticle a = Extracted.From("Yet some farmers who have watched the river for decades, in floods and in droughts, said the dam had changed it.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("the dam had changed it", q.Span.Of(a.Text));
            Assert.StartsWith("some farmers who have watched the river", a.MentionOf(q), System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_clause_before_said_is_no_subject()
        {
            Assert.Empty(Extracted.From("What the operatives said was never recorded.").Quotes);
        }
    }
}
