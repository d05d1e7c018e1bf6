using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"said Treasury Under Secretary John Taylor": "Under" opening a title, and an office that is no acronym's name.</summary>
    public class UnderTitleTests
    {
        [Theory]
        [InlineData("\"The US is not convinced,\" said Treasury Under Secretary John Taylor.")]
        [InlineData("Treasury Under Secretary John Taylor said the US was not convinced.")]
        public void Under_opens_the_title_before_the_name(string sentence)
        {
            ExtractedArticle a = Extracted.From(sentence);
            Assert.Equal("John Taylor", a.SpeakerOf(Assert.Single(a.Quotes)));
        }

        [Fact]
        public void An_office_does_not_spell_out_an_acronym()
        {
            ExtractedArticle a = Extracted.From(
                "The US, which can veto any plan, said it is looking at other ways. \"The US is not convinced,\" said Treasury Under Secretary John Taylor.");
            Assert.DoesNotContain(a.Speakers, s => s.Name == "Under Secretary");
            Assert.Equal("John Taylor", a.SpeakerOf(a.Quote("The US is not convinced")));
        }
    }
}
