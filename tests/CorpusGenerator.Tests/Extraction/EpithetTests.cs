using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"the non-partisan charity said": an epithet stands for the last speaker or the lead's organisation, else it is the speaker as written (SpeakerResolver.Epithets).</summary>
    public class EpithetTests
    {
        [Fact]
        public void An_epithet_is_the_organisation_quoted_last()
        {
            ExtractedArticle a = Extracted.From(
                "Broadcasters should fix a date for a televised debate, according to the Hansard Society.\n\n" +
                "It would then be up to the leaders to decide whether to take part, the non-partisan charity said.");
            Assert.Equal("the Hansard Society", a.SpeakerOf(a.Quote("It would then be up to the leaders")));
        }

        [Fact]
        public void An_epithet_is_the_organisation_the_lead_is_about()
        {
            ExtractedArticle a = Extracted.From("Shares in UK Coal have fallen after the mining group reported losses had deepened to £51.6m in 2004.");
            Assert.Equal("UK Coal", a.SpeakerOf(a.Quote("losses had deepened")));
        }

        [Fact]
        public void An_epithet_is_not_an_organisation_only_mentioned()
        {
            ExtractedArticle a = Extracted.From(
                "Users of Apple's music jukebox iTunes need to update the software.\n\n" +
                "The problem affects all users of iTunes - Windows and Mac OS - running versions 4.7 and earlier. " +
                "The security firm says users should avoid clicking on playlist files.");
            Assert.Equal("The security firm", a.SpeakerOf(a.Quote("users should avoid clicking")));
        }

        [Fact]
        public void A_trade_is_no_organisation_named_before()
        {
            ExtractedArticle a = Extracted.From(
                "Digital music players are popular, according to recent research by the Pew Internet and American Life Project.\n\n" +
                "Sales of legally downloaded songs rose more than tenfold in 2004, according to the record industry.");
            Assert.Equal("the record industry", a.SpeakerOf(a.Quote("Sales of legally downloaded songs")));
        }
    }
}
