using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "X and Y said" is a pair of speakers only as the subject: a pair after a preposition is
    /// its object, and a singular verb agrees with the second name alone.
    /// </summary>
    public class ConjoinedPairTests
    {
        [Fact]
        public void A_pair_after_a_locative_preposition_leaves_the_second_name_speaking()
        {
            ExtractedArticle a = Extracted.From(
                "Paul Grant is the Rovers manager. The striker has been resting in Portugal and Grant said: \"He will be back on Saturday.\"");
            Assert.Equal("Paul Grant", a.SpeakerOf(a.Quote("He will be back on Saturday")));
        }

        [Fact]
        public void A_singular_verb_after_a_pair_agrees_with_the_second_name_alone()
        {
            ExtractedArticle a = Extracted.From(
                "Tom Hale coaches the visitors. The teams meet on Saturday at Kingsholm and Hale says his side will attack.");
            Assert.Equal("Tom Hale", a.SpeakerOf(a.Quote("his side will attack")));
        }

        [Fact]
        public void A_pair_opening_its_clause_keeps_a_singular_verb()
        {
            ExtractedArticle a = Extracted.From("The contract went to a rival. Ironside Oil and Gas has denied that it bid for the field.");
            Assert.Equal("Ironside Oil and Gas", a.SpeakerOf(a.Quote("it bid for the field")));
        }

        [Fact]
        public void A_pair_governed_by_a_noun_leaves_the_noun_speaking()
        {
            ExtractedArticle a = Extracted.From(
                "Lawyers for Mr Dunn and Mr Pike denied that the pair had been at the scene.");
            Assert.Equal("Lawyers", a.MentionOf(a.Quote("the pair had been at the scene")));
        }

        [Fact]
        public void A_pair_that_is_the_subject_still_speaks_as_one_group()
        {
            ExtractedArticle a = Extracted.From("Ann Lowe and Ben Carr said the shop would stay open.");
            Assert.Equal("Ann Lowe and Ben Carr", a.SpeakerOf(a.Quote("the shop would stay open")));
        }

        [Fact]
        public void An_organisation_whose_name_holds_and_keeps_it()
        {
            ExtractedArticle a = Extracted.From("The Organisation for Trade Cooperation and Development says wages will rise next year.");
            Assert.NotEqual("Development", a.SpeakerOf(a.Quote("wages will rise")));
        }
    }
}
