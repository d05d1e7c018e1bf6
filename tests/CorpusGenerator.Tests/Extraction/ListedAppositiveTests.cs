using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"The actor, whose films include Schindler's List, Michael Collins and Star Wars, said": a list's tail before the cue is no appositive.</summary>
    public class ListedAppositiveTests
    {
        [Fact]
        public void A_list_of_titles_in_a_relative_clause_leaves_its_antecedent_speaking()
        {
            ExtractedArticle a = Extracted.From(
                "Liam Neeson backs the theatre. The Oscar-nominated actor, whose films include Schindler's List, Michael Collins and Star Wars: The Phantom Menace, said: \"The Lyric is too important to the city.\"");
            Assert.Equal("Liam Neeson", a.SpeakerOf(a.Quote("The Lyric is too important")));
            Assert.DoesNotContain(a.Speakers, p => p.Name == "List");
        }

        [Fact]
        public void A_list_of_members_leaves_the_body_speaking()
        {
            ExtractedArticle a = Extracted.From(
                "The Making Decisions Alliance, which includes the Alzheimer's Society, Age Concern, Mencap and the National Autistic Society, said misunderstandings over the bill had to be cleared up.");
            Assert.Contains("Making Decisions Alliance", a.SpeakerOf(a.Quote("misunderstandings over the bill")));
        }

        [Fact]
        public void A_pair_after_a_description_is_its_appositive_not_a_list_tail()
        {
            ExtractedArticle a = Extracted.From(
                "In addition to Mr. Regalado, two Republican members of Congress from Florida, Ileana Ros-Lehtinen and Carlos Curbelo, have said they will not back Mr. Trump.");
            Assert.NotEqual("Regalado", a.SpeakerOf(a.Quote("they will not back")));
        }
    }
}
