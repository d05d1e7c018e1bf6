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
        public void A_nationality_before_a_source_noun_is_the_group()
        {
            ExtractedArticle a = Extracted.From("The runner has tested positive for a banned drug, according to Belgian authorities.");
            Assert.Equal("Belgian authorities", a.SpeakerOf(a.Quote("tested positive")));
        }
    }
}
