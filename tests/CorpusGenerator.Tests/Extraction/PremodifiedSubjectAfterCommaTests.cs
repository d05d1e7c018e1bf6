using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"However, MPC member Paul Tucker voted ...": the person after a premodified role past an opening phrase is the subject "he" refers to next.</summary>
    public class PremodifiedSubjectAfterCommaTests
    {
        [Fact]
        public void He_refers_to_the_person_after_a_role_past_an_opening_however()
        {
            ExtractedArticle a = Extracted.From(
                "Mervyn King said rates would stay on hold. However, MPC member Paul Tucker voted for a quarter point rise. He argued that economic growth was picking up.");
            Assert.Equal("Paul Tucker", a.SpeakerOf(a.Quote("economic growth was picking up")));
        }

        [Fact]
        public void He_refers_to_the_person_after_a_role_past_an_opening_phrase()
        {
            ExtractedArticle a = Extracted.From(
                "Gordon Brown spoke on Monday.\n\nIn the Commons, Labour backbencher Andrew Tyrie demanded an immediate statement. He said it was \"the latest in a long line of discourtesies\".");
            Assert.Equal("Andrew Tyrie", a.SpeakerOf(a.Quote("the latest in a long line")));
        }
    }
}
