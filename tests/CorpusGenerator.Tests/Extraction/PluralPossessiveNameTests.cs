using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"the Musicians' Union said": a plural possessive inside a body's name stays in the name.</summary>
    public class PluralPossessiveNameTests
    {
        [Fact]
        public void A_plural_possessive_before_an_organisation_word_is_inside_the_name()
        {
            ExtractedArticle a = Extracted.From("Groups including the Musicians' Union are calling for an end to the \"raw deal\" faced by British performers. The British Bankers' Association said lending was weak.");
            Assert.Equal("the Musicians' Union", a.SpeakerOf(a.Quote("an end to the")));
            Assert.Equal("The British Bankers' Association", a.SpeakerOf(a.Quote("lending was weak")));
        }

        [Fact]
        public void A_name_after_according_to_keeps_its_plural_possessive()
        {
            ExtractedArticle a = Extracted.From("According to the Writers' Guild, writers are being squeezed.");
            Assert.Equal("Writers' Guild", a.SpeakerOf(a.Quote("writers are being squeezed")));
        }

        [Fact]
        public void The_person_after_the_body_still_speaks()
        {
            ExtractedArticle a = Extracted.From("\"Writers are being squeezed,\" said Musicians' Union official John Smith.");
            Assert.Equal("John Smith", a.SpeakerOf(a.Quote("Writers are being squeezed")));
        }
    }
}
