using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "Laura Ashley, which floated in 1985, ...": a name opening its sentence with "which" after
    /// it is no person, so "it announced" refers to it; "which" after a preposition's name is not its.
    /// </summary>
    public class OrganisationWhichTests
    {
        [Fact]
        public void Which_after_a_name_opening_its_sentence_makes_it_an_organisation()
        {
            ExtractedArticle a = Extracted.From(
                "Sales have been poor this year. Laura Ashley, which floated in 1985, has 200 shops. In October, it announced the closure of one of its factories.");
            Assert.Equal("Laura Ashley", a.SpeakerOf(a.Quote("the closure of one of its factories")));
        }

        [Fact]
        public void Which_after_a_name_after_a_preposition_shows_nothing()
        {
            ExtractedArticle a = Extracted.From(
                "A statement came from Peter Hardie, which surprised many. Peter Hardie said he was leaving. He added that it was time to go.");
            Assert.Equal("Peter Hardie", a.SpeakerOf(a.Quote("it was time to go")));
        }
    }
}
