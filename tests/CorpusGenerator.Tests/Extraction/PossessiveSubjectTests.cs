using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Manchester City's Paul Bosvelt will find out ...": the person after an opening possessive name is the subject "he" refers to next.</summary>
    public class PossessiveSubjectTests
    {
        [Fact]
        public void He_refers_to_the_person_after_an_opening_possessive()
        {
            ExtractedArticle a = Extracted.From(
                "Manchester City's Paul Bosvelt will find out within a month whether he is to be offered a new deal. \"I told the club I would like to stay for one more year,\" he said.");
            Assert.Equal("Paul Bosvelt", a.SpeakerOf(a.Quote("I told the club I would like to stay")));
        }

        [Fact]
        public void He_refers_to_the_person_after_a_possessive_before_a_present_tense_verb()
        {
            ExtractedArticle a = Extracted.From(
                "Chelsea's William Gallas believes they will battle it out with Arsenal for the title.\n\n\"It'll be a two-horse race all the way to the end,\" he told BBC Sport.");
            Assert.Equal("William Gallas", a.SpeakerOf(a.Quote("It'll be a two-horse race")));
        }

        [Fact]
        public void He_refers_to_the_person_after_a_possessive_and_a_role()
        {
            ExtractedArticle a = Extracted.From(
                "AMR's chief executive Gerard Arpey will step down in May after a difficult year. \"It is time for someone new,\" he said.");
            Assert.Equal("Gerard Arpey", a.SpeakerOf(a.Quote("It is time for someone new")));
        }
    }
}
