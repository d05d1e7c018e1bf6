using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Producer Kevin Doyle said": a role noun capitalised only because it opens the sentence is the role.</summary>
    public class OpeningRoleTests
    {
        [Fact]
        public void An_agent_noun_opening_the_sentence_before_a_full_name_is_the_role()
        {
            ExtractedArticle a = Extracted.From("The musical will open in May. Producer Kevin Doyle said it would be worth the wait.");
            Assert.Equal("Kevin Doyle", a.SpeakerOf(a.Quote("worth the wait")));
        }

        [Fact]
        public void A_plural_title_or_a_longer_agent_noun_opening_the_sentence_is_the_role()
        {
            ExtractedArticle a = Extracted.From(
                "The show returns in May. Referee Graham Pole said he applied the laws of the game. Judges Simon Cole said the series would be better.");
            Assert.Equal("Graham Pole", a.SpeakerOf(a.Quote("he applied the laws")));
            Assert.Equal("Simon Cole", a.SpeakerOf(a.Quote("the series would be better")));
        }

        [Fact]
        public void A_playing_position_or_an_ordinal_opening_the_sentence_is_no_given_name()
        {
            ExtractedArticle a = Extracted.From("France lost in Dublin. Wing Christophe Dumas says France can still win the title.");
            Assert.Equal("Christophe Dumas", a.SpeakerOf(a.Quote("France can still win")));
        }

        [Fact]
        public void A_given_name_with_an_agent_ending_stays_in_a_two_word_name()
        {
            ExtractedArticle a = Extracted.From("The musical will open in May. Walter Doyle said it would be worth the wait.");
            Assert.Equal("Walter Doyle", a.SpeakerOf(a.Quote("worth the wait")));
        }
    }
}
