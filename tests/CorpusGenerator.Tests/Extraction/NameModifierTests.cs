using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"The Northern Ireland runner set a new personal best": a name between "the" and a lower-case noun modifies a description and names no person.</summary>
    public class NameModifierTests
    {
        [Fact]
        public void A_name_modifying_a_description_does_not_hide_the_person_named_before()
        {
            ExtractedArticle a = Extracted.From("James McIlroy stormed to his second international victory. The Northern Ireland runner set a new personal best. \"I am qualified now,\" said the 28-year-old.");
            Assert.Equal("James McIlroy", a.SpeakerOf(a.Quote("I am qualified now,")));
        }

        [Fact]
        public void A_name_after_the_before_its_verb_is_still_a_name()
        {
            ExtractedArticle a = Extracted.From("James McIlroy stormed to his second international victory. Then the Northern Ireland runner Paul Smith set a best. \"I am qualified now,\" said the 28-year-old.");
            Assert.NotEqual("James McIlroy", a.SpeakerOf(a.Quote("I am qualified now,")));
        }
    }
}
