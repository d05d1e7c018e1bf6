using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Vice President Joseph R. Biden Jr. said ...", then "Mr. Biden said": a person's full name ending in a generation suffix is filed under the surname before it.</summary>
    public class GenerationSuffixTests
    {
        [Fact]
        public void A_later_surname_names_the_full_name_with_its_suffix()
        {
            ExtractedArticle a = Extracted.From("Vice President Joseph R. Biden Jr said on Monday that the plan was reckless.\n\nThe campaign went on in Ohio. \"He is a risk,\" Mr. Biden said.");
            Assert.Equal("Joseph R. Biden Jr", a.SpeakerOf(a.Quote("He is a risk")));
            Assert.DoesNotContain(a.Speakers, s => s.Name == "Biden");
        }

        [Fact]
        public void A_titled_name_with_a_numeral_suffix_is_found_by_its_surname()
        {
            ExtractedArticle a = Extracted.From("During the service, assistant pastor Charles Elliott III asked the congregation to stand.\n\nIn his tribute, Elliott said \"there is no great man like him.\"");
            Assert.Equal("Charles Elliott III", a.SpeakerOf(a.Quote("there is no great man")));
        }

        [Fact]
        public void A_surname_the_father_shares_is_not_the_son_with_the_suffix()
        {
            ExtractedArticle a = Extracted.From("Donald J. Trump spoke in Cleveland on Thursday.\n\nDonald Trump Jr said his father was a builder.\n\n\"We will win,\" Mr. Trump said.");
            Assert.Equal("Donald J. Trump", a.SpeakerOf(a.Quote("We will win")));
        }
    }
}
