using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Hollywood film star Liam Neeson has held ... / The Ballymena-born actor said": a description by kind or age stands for the person the lead opens on when no one else who may be that person is named nearer.</summary>
    public class LeadPersonTests
    {
        [Fact]
        public void A_kind_is_the_person_the_lead_opens_on_past_a_place()
        {
            ExtractedArticle a = Extracted.From(
                "Neeson in bid to revive theatre\n\nHollywood film star Liam Neeson has held a dinner party in New York to promote Belfast's Lyric Theatre.\n\n" +
                "The Ballymena-born actor said that the theatre needed more money.");
            Assert.Equal("Liam Neeson", a.SpeakerOf(a.Quote("the theatre needed more money")));
        }

        [Fact]
        public void An_age_is_the_person_the_lead_opens_on_past_film_titles()
        {
            ExtractedArticle a = Extracted.From(
                "Hoffman hits out over modern film\n\nHollywood legend Dustin Hoffman has hit out at the quality of current films.\n\n" +
                "The star of Rain Man and Tootsie said the film culture was poor at a press conference on Tuesday. The 67-year-old also said he stopped working a few years ago.");
            Assert.Equal("Dustin Hoffman", a.SpeakerOf(a.Quote("he stopped working a few years ago")));
        }

        [Fact]
        public void A_name_opening_a_sentence_nearer_keeps_the_lead_person_out()
        {
            ExtractedArticle a = Extracted.From(
                "El Guerrouj targets cross country\n\nDouble Olympic champion Hicham El Guerrouj is set to make a rare appearance at the World Cross Country Championships in France.\n\n" +
                "\"I am almost a month behind,\" said El Guerrouj.\n\n" +
                "Britain's Paula Radcliffe has also not ruled out competing in the World Cross Country Championships. \"It is a definite possibility,\" said the two-time champion.");
            Assert.NotEqual("Hicham El Guerrouj", a.SpeakerOf(a.Quote("It is a definite possibility")));
        }

        [Fact]
        public void A_lead_opening_on_no_full_name_gives_no_person()
        {
            ExtractedArticle a = Extracted.From(
                "Edu describes tunnel fracas\n\nArsenal's Edu has lifted the lid on the scenes that followed Manchester United's win over the Gunners.\n\n" +
                "The Brazilian confirmed tempers had flared after the match.");
            Assert.NotEqual("Manchester United", a.SpeakerOf(a.Quote("tempers had flared")));
        }
    }
}
