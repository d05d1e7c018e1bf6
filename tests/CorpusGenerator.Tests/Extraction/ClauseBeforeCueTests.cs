using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "In Ohio, a state she hoped to win, the vote will be close, said Dana Pruitt, a pollster.":
    /// a clause before the cue's comma is what was said; the speaker follows the cue, and the place
    /// before it is no appositive's name.
    /// </summary>
    public class ClauseBeforeCueTests
    {
        [Fact]
        public void A_name_after_said_with_a_verb_after_it_is_no_speaker()
        {
            ExtractedArticle a = Extracted.From("One former employee, speaking on condition of anonymity, said Gates described the fund as a slush fund.");
            Assert.DoesNotContain(a.Quotes, q => q.Span.Of(a.Text).StartsWith("One former employee", System.StringComparison.Ordinal));
            Assert.DoesNotContain(a.Quotes, q => a.CueOf(q) == "said" && a.MentionOf(q) == "Gates");
        }

        [Fact]
        public void A_name_after_says_with_an_irregular_past_after_it_is_no_speaker()
        {
            ExtractedArticle a = Extracted.From("A new book, Brown's Britain, says Mr Blair went back on a pledge to stand down.");
            Assert.DoesNotContain(a.Quotes, q => q.Span.Of(a.Text).StartsWith("A new book", System.StringComparison.Ordinal));
            Assert.DoesNotContain(a.Quotes, q => a.MentionOf(q) == "Blair" || a.MentionOf(q) == "Mr Blair");
        }

        [Fact]
        public void A_clause_before_the_comma_leaves_the_speaker_after_the_cue()
        {
            ExtractedArticle a = Extracted.From(
                "Even as the race moves to Ohio, a state she hoped to win easily, the vote will be close, said Dana Pruitt, a pollster in Columbus.");
            ExtractedQuote q = a.Quote("the vote will be close");
            Assert.Equal("Dana Pruitt", a.MentionOf(q));
            Assert.DoesNotContain("Pruitt", q.Span.Of(a.Text));
        }

        [Fact]
        public void A_description_with_a_verb_still_stands_between_speaker_and_cue()
        {
            ExtractedArticle a = Extracted.From(
                "Tom Reyes, a farmer whose land was flooded, said the levee had failed twice. Ana Ortiz, speaking because she was asked, said the town needed help.");
            Assert.Equal("Tom Reyes", a.MentionOf(a.Quote("the levee had failed")));
            Assert.Equal("Ana Ortiz", a.MentionOf(a.Quote("the town needed help")));
        }
    }
}
