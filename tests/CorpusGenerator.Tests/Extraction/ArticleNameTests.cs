using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"the Lib Dems", "the Tories": a name written after "the" is no one "he" or "she" refers to.</summary>
    public class ArticleNameTests
    {
        [Fact]
        public void He_does_not_refer_to_a_two_word_party_name_written_with_the()
        {
            ExtractedArticle a = Extracted.From(
                "The prime minister spoke at a poster launch on Monday. The Lib Dems accused the chancellor of ducking the issue. And he claimed the opposition would cut public services.");
            Assert.Null(a.SpeakerOf(a.Quote("the opposition would cut public services")));
        }

        [Fact]
        public void She_does_not_refer_to_a_one_word_group_written_with_the()
        {
            ExtractedArticle a = Extracted.From(
                "Ministers published the plans on Tuesday. The Tories said the plans were unworkable. She said a new government would reform the family courts.");
            Assert.Null(a.SpeakerOf(a.Quote("a new government would reform the family courts")));
        }

        [Fact]
        public void A_name_without_the_is_still_the_person_he_refers_to()
        {
            ExtractedArticle a = Extracted.From(
                "Alan Johnson spoke in London on Monday. He said the plans would help pensioners.");
            Assert.Equal("Alan Johnson", a.SpeakerOf(a.Quote("the plans would help pensioners")));
        }
    }
}
