using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"David Graham from the FDA's Office of Drug Safety told": the climb to the subject passes the owner's possessive.</summary>
    public class OwnedObjectTests
    {
        [Fact]
        public void A_person_from_an_owned_office_is_the_speaker_not_the_office()
        {
            ExtractedArticle a = Extracted.From(
                "The panel met on Thursday. Mark Tilden from the FDA's Office of Vaccine Research told the panel that the trial was too small.");
            Assert.Equal("Mark Tilden", a.SpeakerOf(a.Quote("the trial was too small")));
        }

        [Fact]
        public void A_person_after_an_owner_inside_a_name_keeps_the_person()
        {
            ExtractedArticle a = Extracted.From(
                "Charities criticised the plan. War on Hunger's Ruth Hale said the policy was a barrier to fighting poverty.");
            Assert.Equal("Ruth Hale", a.SpeakerOf(a.Quote("the policy was a barrier")));
        }
    }
}
