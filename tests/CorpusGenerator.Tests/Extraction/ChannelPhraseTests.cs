using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "The board said in a statement the directors believed the offer was fair.": "in a statement"
    /// after the cue says how it was said; what was said starts at its subject.
    /// </summary>
    public class ChannelPhraseTests
    {
        [Fact]
        public void In_a_statement_and_a_subject_after_the_cue_is_left_out()
        {
            ExtractedArticle a = Extracted.From("The board said in a statement the directors believed the offer was fair to shareholders.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("the directors believed the offer was fair to shareholders", q.Span.Of(a.Text));
        }

        [Fact]
        public void In_a_tweet_and_a_comma_after_the_cue_is_left_out()
        {
            ExtractedArticle a = Extracted.From("The senator suggested in a brief tweet, women won't be punished for exercising their rights.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("women won't be punished for exercising their rights", q.Span.Of(a.Text));
        }

        [Fact]
        public void A_channel_phrase_and_its_comma_set_off_a_parenthetical_attribution()
        {
            ExtractedArticle a = Extracted.From("If anything, Ash argued in his email, the incident is an illustration of why the convention should adopt the rules.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("If anything, Ash argued in his email, the incident is an illustration of why the convention should adopt the rules", q.Span.Of(a.Text));
        }
    }
}
