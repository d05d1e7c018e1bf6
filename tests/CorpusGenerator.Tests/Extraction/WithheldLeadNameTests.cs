using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"..., the UK's public spending watchdog has said. / The National Audit Office said": the lead's description takes the name of the next speaker when it fits.</summary>
    public class WithheldLeadNameTests
    {
        [Fact]
        public void A_body_described_in_the_lead_is_the_body_named_next()
        {
            ExtractedArticle a = Extracted.From(
                "EU fraud clampdown urged\n\nEU member states are failing to report fraud in EU funds on a consistent basis, the UK's public spending watchdog has said.\n\n" +
                "The National Audit Office said the EU still had no common definition of fraud.");
            Assert.Contains("National Audit Office", a.SpeakerOf(a.Quote("failing to report fraud")));
        }

        [Fact]
        public void A_person_described_in_the_lead_is_the_person_named_next()
        {
            ExtractedArticle a = Extracted.From(
                "Immigration data call\n\nA former Home Office minister has called for an independent body to be set up to monitor UK immigration.\n\n" +
                "Barbara Roche said an organisation should monitor and publish figures. She said this would counter other groups.");
            Assert.Equal("Barbara Roche", a.SpeakerOf(a.Quote("an independent body to be set up")));
        }

        [Fact]
        public void One_quoted_before_being_named_with_another_role_has_come_to_comment()
        {
            ExtractedArticle a = Extracted.From(
                "New video\n\nIn a 2013 video uncovered by Fox News, a veteran diplomat said former Secretary Clinton put speed over security.\n\n" +
                "\"This new video again puts Clinton on defense,\" said Jeff Bechdel, communications director for the super PAC America Rising.");
            Assert.NotEqual("Jeff Bechdel", a.SpeakerOf(a.Quote("put speed over security")));
        }

        [Fact]
        public void Someone_named_before_an_indefinite_description_is_not_it()
        {
            ExtractedArticle a = Extracted.From(
                "Boss left books alone\n\nFormer Worldcom boss Bernie Ebbers never made accounting decisions, a witness has told jurors.\n\n" +
                "Mr Ebbers said he had trusted his staff.");
            Assert.NotEqual("Bernie Ebbers", a.SpeakerOf(a.Quote("never made accounting decisions")));
        }
    }
}
