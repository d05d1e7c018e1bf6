using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Market analysts are inclined to agree ..., arguing": the opening capitalised modifier and its plural are the subject, not the name "Market" (OpeningModifiedPlurals).</summary>
    public class OpeningModifiedPluralTests
    {
        [Fact]
        public void An_opening_modifier_and_its_plural_are_the_participles_subject()
        {
            ExtractedArticle a = Extracted.From(
                "The index has risen on the basis of solid economic growth.\n\n" +
                "Market analysts are inclined to agree with Mr Lakhani, arguing that there are a number of major factors behind the rise.");
            ExtractedQuote q = a.Quote("there are a number of major factors behind the rise");
            Assert.NotEqual("Market", a.SpeakerOf(q));
            Assert.Equal("Market analysts", a.MentionOf(q));
        }

        [Fact]
        public void A_hyphenated_opening_modifier_stays_with_its_plural()
        {
            ExtractedArticle a = Extracted.From(
                "The new compensation regime came into force on Thursday. Low-cost airlines have criticised the new compensation levels, arguing that the pay-out could be worth more than the ticket.");
            ExtractedQuote q = a.Quote("the pay-out could be worth more than the ticket");
            Assert.Equal("Low-cost airlines", a.MentionOf(q));
        }

        [Fact]
        public void An_opening_modifier_is_no_body_named_later()
        {
            ExtractedArticle a = Extracted.From(
                "Church ministers are trying to prevent rapper Nelly performing in Arkansas, saying they do not want his lyrics in their town.\n\n" +
                "Mr Rodgers, of the Fullness of Joy Church, said he was concerned about the lyrics.");
            ExtractedQuote q = a.Quote("they do not want his lyrics in their town");
            Assert.Null(a.SpeakerOf(q));
            Assert.Equal("Church ministers", a.MentionOf(q));
        }

        [Fact]
        public void A_name_before_a_verb_in_s_stays_the_subject()
        {
            ExtractedArticle a = Extracted.From("Blair faces critics in his party, arguing that the plan is fair.");
            Assert.Equal("Blair", a.SpeakerOf(a.Quote("the plan is fair")));
        }
    }
}
