using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"said UK Chancellor of the Exchequer Gordon Brown": the office named with "of" is the role, the holder the speaker.</summary>
    public class TitleOfPortfolioTests
    {
        [Fact]
        public void The_holder_after_an_office_with_of_after_the_cue_is_the_speaker()
        {
            ExtractedArticle a = Extracted.From(
                "The ministers met in London. \"This is the first time gold has been mentioned,\" said UK Chancellor of the Exchequer Martin Crane.");
            Assert.Equal("Martin Crane", a.SpeakerOf(a.Quote("This is the first time")));
        }

        [Theory]
        [InlineData("But Chief Secretary to the Treasury Paul Boateng said the plans were wrong.")]
        [InlineData("The plans were wrong, said Chief Secretary to the Treasury Paul Boateng.")]
        public void The_holder_after_an_office_with_to_is_the_speaker(string sentence)
        {
            ExtractedArticle a = Extracted.From(sentence);
            Assert.Equal("Paul Boateng", a.SpeakerOf(Assert.Single(a.Quotes)));
        }

        [Fact]
        public void The_holder_after_an_office_with_of_before_the_cue_is_named_without_the_brief()
        {
            ExtractedArticle a = Extracted.From(
                "The machine is the fastest yet. The US Secretary of Energy Paul Hardy confirmed that the machine had reached the speed.");
            Assert.Equal("Paul Hardy", a.SpeakerOf(a.Quote("the machine had reached the speed")));
        }

        [Fact]
        public void An_office_in_an_appositive_keeps_the_firm_after_of_whole()
        {
            ExtractedArticle a = Extracted.From(
                "Glen Ward, Vice President of Deutsche Securities Japan, said the pension fund was in trouble.");
            Assert.Equal("Glen Ward", a.SpeakerOf(a.Quote("the pension fund was in trouble")));
        }
    }
}
