using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>A sentence opening with "he" or "she" has that pronoun as its subject: a name after one of its commas is no new subject.</summary>
    public class PronounSubjectTests
    {
        [Fact]
        public void A_place_after_a_comma_in_a_he_sentence_is_not_whom_the_next_he_refers_to()
        {
            ExtractedArticle a = Extracted.From(
                "Former Conservative leader William Hague says he will not stand again. Mr Hague, 43, told the Times he would find a life in politics too \"boring\". He also told the paper he hopes to remain MP for Richmond, North Yorks, and start a family.");
            Assert.Equal("William Hague", a.SpeakerOf(a.Quote("the paper he hopes to remain MP for Richmond")));
        }

        [Fact]
        public void A_title_listed_in_a_he_sentence_is_not_whom_the_next_he_refers_to()
        {
            ExtractedArticle a = Extracted.From(
                "For Rick Dean, director of business development at THX, a high-definition future is an exciting prospect. He has worked on the Star Wars trilogy, Finding Nemo, The Incredibles and Indiana Jones. \"There was a time when the film world and the video world were two separate worlds,\" he told the BBC News website.");
            Assert.NotEqual("Finding Nemo", a.SpeakerOf(a.Quote("There was a time when the film world")));
        }
    }
}
