using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"denied Elvis his fourth number one": deny with a person and a thing means to keep it from them, not to say.</summary>
    public class DeniedTwoObjectsTests
    {
        [Fact]
        public void A_name_and_a_thing_denied_are_no_report()
        {
            ExtractedArticle a = Extracted.From("Rapper Eminem has denied Elvis his fourth number one of the year, after his song stormed to the top of the charts.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void A_pronoun_and_a_thing_denied_are_no_report()
        {
            ExtractedArticle a = Extracted.From("The referee denied him a penalty in the last minute.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void A_side_denied_a_victory_is_no_report()
        {
            ExtractedArticle a = Extracted.From("A late tackle by the defender denied his side a famous victory.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void A_player_denied_with_a_tackle_is_no_report()
        {
            ExtractedArticle a = Extracted.From("Paulo Ferreira denied Gerrard with a last-ditch tackle.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void Players_denied_in_a_list_are_no_report()
        {
            ExtractedArticle a = Extracted.From("Keeper David James denied Damien Duff, Jiri Jarosik and Mateja Kezman, while Paul Bosvelt cleared a header off the line.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void A_player_by_position_denied_is_no_report()
        {
            ExtractedArticle a = Extracted.From("Martyn outpaced Stubbs in injury-time, but once again Martyn denied the England striker.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void A_player_denied_again_is_no_report()
        {
            ExtractedArticle a = Extracted.From("The keeper denied the same player again 10 minutes later, beating away his fierce shot.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void A_player_who_opens_a_denied_clause_stays_a_report()
        {
            ExtractedArticle a = Extracted.From("The manager denied the striker had asked to leave the club.");
            Assert.Contains("the striker had asked to leave the club", a.QuoteTexts());
        }

        [Fact]
        public void A_name_that_opens_a_denied_clause_stays_a_report()
        {
            ExtractedArticle a = Extracted.From("Mr Blair denied Mr Brown made that remark.");
            Assert.Contains("Mr Brown made that remark", a.QuoteTexts());
        }

        [Fact]
        public void A_denied_clause_stays_a_report()
        {
            ExtractedArticle a = Extracted.From("The minister denied claims the plan would cost jobs.");
            Assert.Contains("claims the plan would cost jobs", a.QuoteTexts());
        }

        [Fact]
        public void Denied_charges_stay_a_report()
        {
            ExtractedArticle a = Extracted.From("Ebbers denied all the charges against him.");
            Assert.Contains("all the charges against him", a.QuoteTexts());
        }
    }
}
