using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"David Blunkett has apologised ... The home secretary confirmed": an office no role holds is the one person the sentence before is about.</summary>
    public class OfficeHolderDescriptionTests
    {
        [Fact]
        public void An_office_is_the_subject_of_the_sentence_before()
        {
            ExtractedArticle a = Extracted.From(
                "Minister sorry over plan\n\nDavid Blunkett has apologised to MPs after the Home Office announced a review of murder laws.\n\n" +
                "The home secretary confirmed the review was to get under way next year.");
            Assert.Equal("David Blunkett", a.SpeakerOf(a.Quote("the review was to get under way")));
        }

        [Fact]
        public void Two_people_in_the_sentence_before_leave_it_unnamed()
        {
            ExtractedArticle a = Extracted.From(
                "Howard attacks asylum\n\nMichael Howard has launched an attack on the asylum system under Tony Blair.\n\n" +
                "The Tory leader said local authorities have spent more than £3bn on asylum.");
            Assert.Null(a.SpeakerOf(a.Quote("local authorities have spent")));
        }

        [Fact]
        public void One_with_another_role_is_not_the_office_holder()
        {
            ExtractedArticle a = Extracted.From(
                "Budget row\n\nHome Secretary Charles Clarke has denied his plans were too harsh.\n\n" +
                "The prime minister said the report reinforced stability.");
            Assert.NotEqual("Charles Clarke", a.SpeakerOf(a.Quote("the report reinforced stability")));
        }
    }
}
