using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "new boss Enrico Bondi has taken action ... He claims": a person named only in a second
    /// clause, as an object or after a possessive is whom "he" or "she" refers to when no one else of that gender was spoken of.
    /// </summary>
    public class UnspokenAntecedentTests
    {
        [Fact]
        public void He_refers_to_the_person_named_in_a_second_clause()
        {
            ExtractedArticle a = Extracted.From(
                "The dairy firm collapsed with large debts last year and new boss Enrico Bondi has already taken legal action against a number of lenders. He claims the banks were aware of the problems.");
            Assert.Equal("Enrico Bondi", a.SpeakerOf(a.Quote("the banks were aware of the problems")));
        }

        [Fact]
        public void He_refers_to_the_person_whose_age_is_given()
        {
            ExtractedArticle a = Extracted.From(
                "The executive has lost an appeal in the compensation case. Armed robber Robert Napier, 25, won damages after he claimed he suffered an outbreak of eczema in prison.");
            Assert.Equal("Robert Napier", a.SpeakerOf(a.Quote("he suffered an outbreak of eczema in prison")));
        }

        [Fact]
        public void No_speaker_when_the_only_person_named_is_an_owner()
        {
            ExtractedArticle a = Extracted.From(
                "The tax takes effect in November. In a broadcast, President Fidel Castro's chief aide spoke about the measure. He said the tax was necessary because of sanctions.");
            Assert.Null(a.SpeakerOf(a.Quote("the tax was necessary because of sanctions")));
        }

        [Fact]
        public void No_speaker_when_the_person_named_is_of_the_other_gender()
        {
            ExtractedArticle a = Extracted.From(
                "The racing season opened in May. It was Rainey Senior who rebuilt the car to suit his daughter. She said the car now fitted her perfectly.");
            Assert.Null(a.SpeakerOf(a.Quote("the car now fitted her perfectly")));
        }
    }
}
