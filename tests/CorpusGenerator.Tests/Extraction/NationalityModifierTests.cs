using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Danish firm Norland saw ... and warned": a nationality before a common noun is no one's name.</summary>
    public class NationalityModifierTests
    {
        [Fact]
        public void A_nationality_before_a_role_and_a_name_leaves_the_name_speaking()
        {
            ExtractedArticle a = Extracted.From("Danish firm Norland saw its profits drop and warned that 2005 would be hard.");
            Assert.Equal("Norland", a.SpeakerOf(a.Quote("2005 would be hard")));
        }

        [Fact]
        public void A_demonym_before_a_full_name_is_no_part_of_the_name()
        {
            ExtractedArticle a = Extracted.From(
                "\"It feels like home,\" said Swede Joakim Berg. Americans Andy Rhodes and Andre Alves survived minor scares. \"I'm not playing great,\" said Rhodes.");
            Assert.Equal("Joakim Berg", a.SpeakerOf(a.Quote("It feels like home")));
        }

        [Fact]
        public void A_pair_named_with_where_each_is_from_stays_a_pair()
        {
            ExtractedArticle a = Extracted.From("New Yorker Bill Trow and Texan Mike Chico have admitted charges that they copied films.");
            Assert.Contains("Bill Trow", a.SpeakerOf(a.Quote("they copied films")));
        }

        [Fact]
        public void A_nationality_in_a_list_of_modifiers_is_no_speaker()
        {
            ExtractedArticle a = Extracted.From(
                "But Indonesian, Indian and Hong Kong stock markets reached record highs on Wednesday, suggesting that investors do not fear a major economic impact.");
            Assert.DoesNotContain(a.Speakers, p => p.Name == "Indian" || p.Name == "Indonesian");
        }

        [Fact]
        public void A_nationality_named_airline_before_its_appositive_still_speaks()
        {
            ExtractedArticle a = Extracted.From("Both said high fuel bills would hurt. American, the world's biggest airline, said it expected to report a loss.");
            Assert.Equal("American", a.SpeakerOf(a.Quote("expected to report a loss")));
        }

        [Fact]
        public void A_demonym_after_an_age_describes_the_person_the_passage_is_about()
        {
            ExtractedArticle a = Extracted.From(
                "Arsene Wenger has signed a new contract with Arsenal. The 55-year-old Frenchman told Arsenal's website: \"My intention has always been clear. I love this club.\"");
            Assert.DoesNotContain(a.Speakers, p => p.Name == "Frenchman");
            Assert.Equal("Arsene Wenger", a.SpeakerOf(a.Quote("I love this club")));
        }

        [Fact]
        public void A_nationality_after_an_age_is_a_description_not_a_name()
        {
            ExtractedArticle a = Extracted.From(
                "Koubek believes an injection is to blame. \"I have acted correctly,\" the 27-year-old Austrian said in a statement.");
            Assert.DoesNotContain(a.Speakers, p => p.Name == "Austrian");
        }

        [Fact]
        public void A_nationality_before_a_source_noun_is_the_group()
        {
            ExtractedArticle a = Extracted.From("The runner has tested positive for a banned drug, according to Belgian authorities.");
            Assert.Equal("Belgian authorities", a.SpeakerOf(a.Quote("tested positive")));
        }
    }
}
