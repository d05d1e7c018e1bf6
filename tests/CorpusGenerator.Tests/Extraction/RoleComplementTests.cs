using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Spain's minister of sport Jaime Lissavetzky was quick to ...": a role ending in "of" and its field still has the person after it as the subject "he" refers to next.</summary>
    public class RoleComplementTests
    {
        [Fact]
        public void He_refers_to_the_person_after_a_possessive_role_of_a_field()
        {
            ExtractedArticle a = Extracted.From(
                "Spain coach Luis Aragones said the comments were meant to motivate. \"I never intended to offend anyone,\" he said.\n\n" +
                "Spain's minister of sport Jaime Lissavetzky was quick to give his backing to the decision. \"Everyone who has a public function has to consider their declarations,\" he said.");
            Assert.Equal("Jaime Lissavetzky", a.SpeakerOf(a.Quote("Everyone who has a public function")));
        }

        [Fact]
        public void A_field_with_no_name_after_it_is_no_role()
        {
            ExtractedArticle a = Extracted.From(
                "Spain coach Luis Aragones said the comments were meant to motivate. Spain's minister of sport was quick to back the decision. \"I never intended to offend anyone,\" he said.");
            Assert.Equal("Luis Aragones", a.SpeakerOf(a.Quote("I never intended to offend anyone")));
        }
    }
}
