using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>An office no one in the article is given is not the person last quoted when that person holds another one.</summary>
    public class OtherOfficeTests
    {
        [Fact]
        public void The_prime_minister_is_not_the_home_secretary_last_quoted()
        {
            string text = "Home Secretary Carl Dunn said the new rules were fair.\n\n" +
                          "The prime minister told MPs that the rules would be tough.";
            ExtractedArticle a = Extracted.From(text);
            Assert.Equal(2, a.Quotes.Count);
            Assert.Equal("Carl Dunn", a.SpeakerOf(a.Quotes[0]));
            Assert.Null(a.SpeakerOf(a.Quotes[1]));
        }

        [Fact]
        public void A_described_subject_named_after_the_cue_keeps_its_name()
        {
            string text = "\"We will look again,\" said the party leader, Home Secretary Carl Dunn.";
            ExtractedArticle a = Extracted.From(text);
            Assert.Equal("Carl Dunn", a.SpeakerOf(Assert.Single(a.Quotes)));
        }
    }
}
