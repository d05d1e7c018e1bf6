using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Tom Baird MP said": a parliament's letters after a name are the role.</summary>
    public class PostNominalTests
    {
        [Fact]
        public void Letters_after_a_full_name_are_the_role()
        {
            ExtractedArticle a = Extracted.From(
                "Former minister Tom Baird MP said the plan would fail. Mr Baird added that he would vote against it.");
            Assert.Equal("Tom Baird", a.SpeakerOf(a.Quote("the plan would fail")));
            Assert.Equal("Tom Baird", a.SpeakerOf(a.Quote("he would vote against it")));
        }

        [Fact]
        public void Counsel_letters_after_a_name_are_the_role()
        {
            ExtractedArticle a = Extracted.From("The chairman of the Bar Council, Guy Hale QC warned there was a real risk to liberty.");
            Assert.Equal("Guy Hale", a.SpeakerOf(a.Quote("a real risk to liberty")));
        }

        [Fact]
        public void Parliament_letters_before_a_name_are_the_role()
        {
            ExtractedArticle a = Extracted.From("East Midlands MEP Robert Kerr said he wanted to change politics.");
            Assert.Equal("Robert Kerr", a.SpeakerOf(a.Quote("he wanted to change politics")));
        }

        [Fact]
        public void A_seat_before_the_letters_after_an_article_is_no_name()
        {
            ExtractedArticle a = Extracted.From("The Glasgow Kelvin MP said he would stand again.");
            Assert.NotEqual("Glasgow Kelvin", a.SpeakerOf(a.Quote("he would stand again")));
        }
    }
}
