using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"But Larne boss Jimmy McGeough has ...": the name after an opening "But" or "And" is the subject "he" refers to next.</summary>
    public class ConjunctionSubjectTests
    {
        [Fact]
        public void He_refers_to_the_name_after_an_opening_but()
        {
            ExtractedArticle a = Extracted.From(
                "Wales coach Mike Ruddock watched the game. Danny Grewcock said he had done nothing wrong. But Ruddock feels that the England man should be more careful. \"The boy himself should look at his actions,\" he said.");
            Assert.Equal("Mike Ruddock", a.SpeakerOf(a.Quote("The boy himself should look at his actions")));
        }

        [Fact]
        public void He_refers_to_the_name_after_a_role_after_an_opening_but()
        {
            ExtractedArticle a = Extracted.From(
                "Robbie Weir is set to join Sunderland. But Larne boss Jimmy McGeough has yet to confirm that Weir is on his way. \"I heard on Sunday that he has joined,\" he said.");
            Assert.Equal("Jimmy McGeough", a.SpeakerOf(a.Quote("I heard on Sunday that he has joined")));
        }

        [Fact]
        public void A_name_in_words_reported_with_a_later_he_said_is_no_subject()
        {
            ExtractedArticle a = Extracted.From(
                "Alan Milburn spoke at the launch on Monday. And Tony Blair would be in the very front line of that campaign, he said. \"Between now and the election we will be out of London,\" he promised.");
            Assert.Equal("Alan Milburn", a.SpeakerOf(a.Quote("Between now and the election")));
        }

        [Fact]
        public void He_refers_to_the_name_after_a_lower_case_role_after_an_opening_but()
        {
            ExtractedArticle a = Extracted.From(
                "\"We played well,\" said Mark Cueto. But centre Jamie Noon believes the side at least showed better form than before. \"We definitely improved against an in-form Irish side,\" he said.");
            Assert.Equal("Jamie Noon", a.SpeakerOf(a.Quote("We definitely improved")));
        }

        [Fact]
        public void A_lower_case_word_after_but_that_is_no_role_names_no_subject()
        {
            ExtractedArticle a = Extracted.From(
                "\"We played well,\" said Mark Cueto. But today Jamie Noon was not in the side. \"We definitely improved,\" he said.");
            Assert.Equal("Mark Cueto", a.SpeakerOf(a.Quote("We definitely improved")));
        }
    }
}
