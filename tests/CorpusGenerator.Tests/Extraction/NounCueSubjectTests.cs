using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Press reports have speculated that ...": a noun cue before a plural auxiliary is the subject's noun, not the verb (NounCueSubjects).</summary>
    public class NounCueSubjectTests
    {
        [Fact]
        public void A_noun_cue_before_an_auxiliary_is_no_verb()
        {
            ExtractedArticle a = Extracted.From(
                "GM says the contract is no longer valid. Press reports have speculated that Fiat may be willing to accept a cash payment.");
            foreach (ExtractedQuote q in a.Quotes)
            {
                Assert.NotEqual("Press", a.SpeakerOf(q));
                Assert.DoesNotContain("have speculated", q.Span.Of(a.Text));
            }
        }

        [Fact]
        public void A_noun_cue_before_its_content_stays_a_verb()
        {
            ExtractedArticle a = Extracted.From("The company reports that profits rose by 5% in the year.");
            Assert.Equal("profits rose by 5% in the year", a.Quote("profits rose").Span.Of(a.Text));
        }
    }
}
