using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"An All England club spokesperson denied ...", "The NISCC spokesman said": a spokesman for a body is not the person quoted before.</summary>
    public class BodySpokespeopleTests
    {
        [Fact]
        public void A_club_spokesperson_is_not_the_player_quoted_before()
        {
            ExtractedArticle a = Extracted.From(
                "Reacting to a disputed comment by chairman Tim Phillips, Lindsay Davenport said: \"I think it is highly insulting if prize money is taken away.\" An All England club spokesperson denied Phillips made the remark.");
            Assert.Equal("Lindsay Davenport", a.SpeakerOf(a.Quote("I think it is highly insulting")));
            Assert.NotEqual("Lindsay Davenport", a.SpeakerOf(a.Quote("Phillips made the remark")));
        }

        [Fact]
        public void An_acronym_spokesman_is_not_the_director_quoted_before()
        {
            ExtractedArticle a = Extracted.From(
                "Roger Cumming, director of the National Infrastructure Security Coordination Centre, said the alerts would help home users. The NISCC spokesman said the site would stay in existence for as long as there were security bugs.");
            Assert.Equal("Roger Cumming", a.SpeakerOf(a.Quote("the alerts would help")));
            Assert.NotEqual("Roger Cumming", a.SpeakerOf(a.Quote("the site would stay")));
            Assert.Equal("The NISCC spokesman", a.SpeakerOf(a.Quote("the site would stay")));
        }

        [Theory]
        [InlineData("The Ofcom spokesman said it was considering a mask on devices.", "The Ofcom spokesman")]
        [InlineData("The broadcaster dropped the show. The BBC spokeswoman said the new show would be a priority.", "The BBC spokeswoman")]
        [InlineData("Shoppers came early. The Trafford Centre spokeswoman said about 8,500 vehicles had arrived.", "The Trafford Centre spokeswoman")]
        public void A_body_spokesperson_named_first_with_the_is_kept_as_written(string text, string speaker)
        {
            ExtractedArticle a = Extracted.From(text);
            Assert.Equal(speaker, a.SpeakerOf(Assert.Single(a.Quotes)));
        }

        [Fact]
        public void A_plain_spokesman_named_first_with_the_is_still_no_one()
        {
            ExtractedArticle a = Extracted.From("Sales fell. The company spokesman said it was early.");
            Assert.Null(a.SpeakerOf(Assert.Single(a.Quotes)));
        }

        [Fact]
        public void A_party_spokesman_is_still_the_politician_quoted_before()
        {
            ExtractedArticle a = Extracted.From(
                "Michael Ancram condemned the document. \"Isn't the reason that the government is now involved in a propaganda exercise?\" he asked. The Tory spokesman also criticised the government for claiming the constitution would make Europe easier to understand.");
            Assert.Equal(a.SpeakerOf(a.Quote("Isn't the reason")), a.SpeakerOf(a.Quote("the government for claiming")));
        }

        [Fact]
        public void A_body_spokeswoman_is_not_another_body_spokesman_by_role()
        {
            ExtractedArticle a = Extracted.From(
                "Xing Wangli, spokesman for the State Tobacco Monopoly Administration, said no new factories would be built. The Bat spokeswoman said the central government was the authority that approved the plan.");
            Assert.Equal("Xing Wangli", a.SpeakerOf(a.Quote("no new factories would be built")));
            Assert.NotEqual("Xing Wangli", a.SpeakerOf(a.Quote("the central government was the authority")));
        }

        [Fact]
        public void A_spokesman_of_the_same_body_by_role_is_still_taken()
        {
            ExtractedArticle a = Extracted.From(
                "Xing Wangli, spokesman for the State Tobacco Monopoly Administration, said no new factories would be built. The Tobacco spokesman said the market was enjoying steady growth.");
            Assert.Equal("Xing Wangli", a.SpeakerOf(a.Quote("the market was enjoying")));
        }
    }
}
