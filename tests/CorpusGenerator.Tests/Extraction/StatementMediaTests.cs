using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"In a statement, X said ... said the statement": the writing named as a speaker's medium is the speaker's.</summary>
    public class StatementMediaTests
    {
        [Fact]
        public void The_statement_named_again_is_the_speakers_who_spoke_in_it()
        {
            ExtractedArticle a = Extracted.From(
                "In a statement, the Harbour Party said the comment had been taken out of context. \"He fully supports the policies,\" said the statement.");
            Assert.Equal("the Harbour Party", a.SpeakerOf(a.Quote("He fully supports")));
        }

        [Fact]
        public void The_letter_named_again_after_in_its_letter_is_the_writers()
        {
            ExtractedArticle a = Extracted.From(
                "Quintal Mobil contended in its letter that the foundations were biased. The letter also accuses one of the journalists of ignoring information.");
            Assert.Equal("Quintal Mobil", a.SpeakerOf(a.Quote("one of the journalists")));
        }

        [Fact]
        public void A_statement_named_long_after_is_not_resumed()
        {
            string filler = string.Concat(System.Linq.Enumerable.Repeat("The flight had left Paris late in the evening and was due in Cairo before dawn. ", 9));
            ExtractedArticle a = Extracted.From(
                "In a statement, the Harbour Party said the comment had been taken out of context.\n\n" + filler + "\n\n" +
                "Quintal Corp confirmed he was on the plane. He was \"a greatly respected colleague\", the statement added.");
            Assert.NotEqual("the Harbour Party", a.SpeakerOf(a.Quote("a greatly respected colleague")));
        }
    }
}
