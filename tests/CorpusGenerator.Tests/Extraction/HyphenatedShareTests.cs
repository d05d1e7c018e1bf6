using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Three-quarters said", "Forty-four percent said": a share written as one hyphenated word is no typed speaker (BareShares).</summary>
    public class HyphenatedShareTests
    {
        [Fact]
        public void A_hyphenated_fraction_with_no_noun_names_no_speaker()
        {
            ExtractedArticle a = Extracted.From(
                "Some 1,000 people were interviewed for the survey.\n\n" +
                "Three-quarters said Mr Blunkett was right to go to court.");
            ExtractedQuote q = a.Quote("Mr Blunkett was right to go to court");
            Assert.Null(a.SpeakerOf(q));
            Assert.Equal("Three-quarters", a.MentionOf(q));
        }

        [Fact]
        public void A_hyphenated_percentage_with_no_noun_names_no_speaker()
        {
            ExtractedArticle a = Extracted.From(
                "Some 1,000 people were interviewed for the survey.\n\n" +
                "Forty-four percent said they would be buying something else.");
            Assert.Null(a.SpeakerOf(a.Quote("they would be buying something else")));
        }
    }
}
