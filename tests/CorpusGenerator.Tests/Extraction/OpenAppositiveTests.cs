using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Andrew Burke, chief of BT's new unit told ...": the closing comma of a role appositive left out before the cue.</summary>
    public class OpenAppositiveTests
    {
        [Fact]
        public void The_person_before_an_unclosed_role_speaks()
        {
            ExtractedArticle a = Extracted.From("Andrew Burke, chief of the firm's new entertainment unit told the conference that television was changing.");
            Assert.Equal("Andrew Burke", a.SpeakerOf(a.Quote("television was changing")));
        }

        [Fact]
        public void The_person_speaks_not_the_organisation_in_the_role()
        {
            ExtractedArticle a = Extracted.From("Lisa Power, head of policy at the Terrence Higgins Trust said the figures were alarming.");
            Assert.Equal("Lisa Power", a.SpeakerOf(a.Quote("the figures were alarming")));
        }

        [Fact]
        public void A_person_named_after_the_role_still_speaks()
        {
            ExtractedArticle a = Extracted.From("Speaking to the Financial Times, chief operating officer Peter Chernin said the deal was off.");
            Assert.Equal("Peter Chernin", a.SpeakerOf(a.Quote("the deal was off")));
        }

        [Fact]
        public void A_role_written_with_its_body_before_it_still_closes_on_the_cue()
        {
            ExtractedArticle a = Extracted.From("Eric Abensur, Wanadoo's chief executive told the BBC News website that the service was a key trend.");
            Assert.Equal("Eric Abensur", a.SpeakerOf(a.Quote("the service was a key trend")));
        }

        [Fact]
        public void A_body_of_several_words_before_the_role_still_closes_on_the_cue()
        {
            ExtractedArticle a = Extracted.From("Rhodri Glyn Thomas, Plaid Cymru health spokesman said the target had failed.");
            Assert.Equal("Rhodri Glyn Thomas", a.SpeakerOf(a.Quote("the target had failed")));
        }

        [Fact]
        public void A_person_after_but_opens_the_clause_of_an_unclosed_role()
        {
            ExtractedArticle a = Extracted.From("The network may be more than a user needs today, but Christoph Caselitz, president of the mobile networks division at the firm says that demand will rise tenfold.");
            Assert.Equal("Christoph Caselitz", a.SpeakerOf(a.Quote("demand will rise tenfold")));
        }
    }
}
