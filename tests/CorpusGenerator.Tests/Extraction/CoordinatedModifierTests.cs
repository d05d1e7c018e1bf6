using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"both Christian and Islamic leaders assured": two modifiers joined by "and" before one noun both belong to its phrase (CoordinatedModifiers).</summary>
    public class CoordinatedModifierTests
    {
        [Fact]
        public void Both_beliefs_modify_the_leaders()
        {
            ExtractedArticle a = Extracted.From("In Serbia, for example, both Christian and Islamic leaders assured their populations that its use was not contrary to religion.");
            Assert.Equal("both Christian and Islamic leaders", a.SpeakerOf(a.Quote("its use was not contrary")));
        }

        [Fact]
        public void Two_nationalities_modify_the_governments()
        {
            ExtractedArticle a = Extracted.From("The German and Danish governments argue that the rules should be relaxed.");
            Assert.Equal("The German and Danish governments", a.SpeakerOf(a.Quote("the rules should be relaxed")));
        }

        [Fact]
        public void A_name_before_and_is_a_second_member()
        {
            ExtractedArticle a = Extracted.From("Mr Smith and French officials said the rules should be relaxed.");
            Assert.NotEqual("Smith and French officials", a.SpeakerOf(a.Quote("the rules should be relaxed")));
        }
    }
}
