using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Telecom analysts Ovum welcomed ...": a word capitalised only because it opens the sentence modifies the role after it; the name after the role speaks.</summary>
    public class OpeningModifierTests
    {
        [Fact]
        public void The_name_after_an_opening_modifier_and_its_role_speaks()
        {
            ExtractedArticle a = Extracted.From("The regulator set new terms on Monday.\n\nTelecom analysts Ovum welcomed the move, saying the operator had given a lot of ground.");
            Assert.Equal("Ovum", a.SpeakerOf(a.Quote("the operator had given")));
        }

        [Fact]
        public void A_hyphenated_opening_modifier_is_no_name()
        {
            ExtractedArticle a = Extracted.From("The party lost a member.\n\nEx-chat show host Robert Vance has quit the party and accused it of betraying its supporters.");
            Assert.Equal("Robert Vance", a.SpeakerOf(a.Quote("it of betraying")));
        }

        [Fact]
        public void A_verb_after_the_opening_name_leaves_it()
        {
            ExtractedArticle a = Extracted.From("The vote was close.\n\nBlair faces officials who said the plan was late.");
            Assert.Equal("officials", a.SpeakerOf(a.Quote("the plan was late")));
        }
    }
}
