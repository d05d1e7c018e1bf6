using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "Swiss Re", "Krispy Kreme": a two-word name with no organisation word is an organisation
    /// when the article shows it ("shares in Krispy Kreme", "insurer Swiss Re", "Swiss Re's
    /// shares", "Swiss Re, the reinsurer,"), so "it" refers to it; an honorific or an age keeps a person.
    /// </summary>
    public class OrganisationEvidenceTests
    {
        [Fact]
        public void Shares_in_a_name_make_it_the_organisation_it_refers_to()
        {
            ExtractedArticle a = Extracted.From(
                "Shares in Krispy Kreme fell 14% on Monday. Krispy Kreme said it would restate its accounts. It added that it would review its leases.");
            Assert.Equal("Krispy Kreme", a.SpeakerOf(a.Quote("it would review its leases")));
        }

        [Fact]
        public void A_kind_noun_before_the_name_makes_it_an_organisation()
        {
            ExtractedArticle a = Extracted.From(
                "Storm claims hit insurer Swiss Re in the last quarter. \"We expect a difficult year,\" Swiss Re said. It added: \"Claims will be high.\"");
            Assert.Equal("Swiss Re", a.SpeakerOf(a.Quote("Claims will be high")));
        }

        [Fact]
        public void An_appositive_kind_after_the_name_makes_it_an_organisation()
        {
            ExtractedArticle a = Extracted.From(
                "Profits rose at Swiss Re, the Zurich reinsurer, in the last quarter. \"We expect a difficult year,\" Swiss Re said. It added: \"Claims will be high.\"");
            Assert.Equal("Swiss Re", a.SpeakerOf(a.Quote("Claims will be high")));
        }

        [Fact]
        public void Shares_owned_by_the_name_make_it_an_organisation()
        {
            ExtractedArticle a = Extracted.From(
                "Swiss Re's shares fell 3% in Zurich. \"We expect a difficult year,\" Swiss Re said. It added: \"Claims will be high.\"");
            Assert.Equal("Swiss Re", a.SpeakerOf(a.Quote("Claims will be high")));
        }

        [Fact]
        public void An_honorific_keeps_the_name_a_person()
        {
            ExtractedArticle a = Extracted.From(
                "Peter Hardie's shares were sold on Monday. \"I am sad to go,\" Mr Hardie said. He added: \"It was time.\"");
            Assert.Equal("Peter Hardie", a.SpeakerOf(a.Quote("It was time")));
        }
    }
}
