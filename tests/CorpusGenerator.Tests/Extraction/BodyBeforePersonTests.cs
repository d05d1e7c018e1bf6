using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"the public services union Unison Dave Prentis criticised": a body's name after its kind noun, then its speaker.</summary>
    public class BodyBeforePersonTests
    {
        [Fact]
        public void A_bodys_name_after_its_kind_is_no_part_of_the_persons()
        {
            ExtractedArticle a = Extracted.From("But general secretary of the public services union Unison Dave Prentis criticised the plans. \"You do not get good services that way,\" he said.");
            Assert.Equal("Dave Prentis", a.SpeakerOf(a.Quote("the plans")));
            Assert.Equal("Dave Prentis", a.SpeakerOf(a.Quote("You do not get good services that way")));
        }

        [Fact]
        public void A_bodys_name_of_three_words_with_an_organisation_word_stays_whole()
        {
            ExtractedArticle a = Extracted.From("The campaign group Human Rights Watch said it was alarmed.");
            Assert.Equal("Human Rights Watch", a.SpeakerOf(a.Quote("it was alarmed")));
        }
    }
}
