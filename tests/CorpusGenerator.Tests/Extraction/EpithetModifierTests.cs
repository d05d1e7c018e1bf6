using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"the elections watchdog has said", "an anti-fraud agency has said": a source noun keeps the noun modifiers and the determiner before it, never the bare noun (EpithetModifiers).</summary>
    public class EpithetModifierTests
    {
        [Fact]
        public void A_watchdog_keeps_its_modifiers_and_article()
        {
            ExtractedArticle a = Extracted.From("A cap on donations to political parties should not be introduced yet, the elections watchdog has said.");
            Assert.Equal("the elections watchdog", a.SpeakerOf(a.Quote("A cap on donations")));
        }

        [Fact]
        public void An_indefinite_agency_is_named_as_written()
        {
            ExtractedArticle a = Extracted.From("New safeguards on card payments have led fraudsters to focus on internet payments, an anti-fraud agency has said.");
            Assert.Equal("an anti-fraud agency", a.SpeakerOf(a.Quote("New safeguards on card payments")));
        }

        [Fact]
        public void A_committee_keeps_modifiers_joined_by_and()
        {
            ExtractedArticle a = Extracted.From(
                "Mr Sayeed was suspended from Parliament.\n\n" +
                "The Commons standards and privileges committee said his conduct had fallen well below the standards expected.");
            Assert.Equal("The Commons standards and privileges committee", a.SpeakerOf(a.Quote("his conduct had fallen")));
        }

        [Fact]
        public void A_possessive_opens_the_epithet()
        {
            ExtractedArticle a = Extracted.From("Last month Australia's competition watchdog said it would not oppose the purchase of WMC.");
            Assert.Equal("Australia's competition watchdog", a.SpeakerOf(a.Quote("it would not oppose")));
        }

        [Fact]
        public void A_plural_after_a_time_phrase_is_not_its_object()
        {
            ExtractedArticle a = Extracted.From("Hours before the auction lawyers for Menatep said they would take legal action in other countries.");
            Assert.Equal("lawyers for Menatep", a.SpeakerOf(a.Quote("they would take legal action")));
        }

        [Fact]
        public void A_person_title_is_left_to_the_name_written_after()
        {
            ExtractedArticle a = Extracted.From(
                "A Vancouver peewee hockey coach says he is amazed by the response to a video.\n\n" +
                "Stephen Gillis said the video is the nicest thing anyone has done for him.");
            Assert.NotEqual("A Vancouver peewee hockey coach", a.SpeakerOf(a.Quote("he is amazed")));
        }

        [Fact]
        public void A_noun_in_ly_before_the_head_is_a_modifier()
        {
            ExtractedArticle a = Extracted.From("Welsh councils should set their taxes at reasonable levels, says the assembly government.");
            Assert.Equal("the assembly government", a.SpeakerOf(a.Quote("Welsh councils should set")));
        }

        [Fact]
        public void An_adverb_in_ly_is_no_modifier()
        {
            ExtractedArticle a = Extracted.From("The report was late and previously officials said it would be published in May.");
            Assert.DoesNotContain(a.Quotes, q => a.SpeakerOf(q) is string name && name.Contains("previously"));
        }

        [Fact]
        public void One_opens_an_indefinite_epithet()
        {
            ExtractedArticle a = Extracted.From("The job marks his reemergence onto the political scene, one longtime friend said.");
            Assert.Equal("one longtime friend", a.SpeakerOf(a.Quote("The job marks his reemergence")));
        }
    }
}
