using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>A role whose head noun has a gender ("spokeswoman") tells which pronoun can refer to its holder.</summary>
    public class RoleGenderTests
    {
        [Fact]
        public void He_skips_a_person_introduced_as_spokeswoman()
        {
            string text = "Tom Hill said the centre was busy.\n\n" +
                          "Spokeswoman Ann Lee said sales were up. \"We are very busy,\" he said.";
            ExtractedArticle a = Extracted.From(text);
            Assert.Equal(3, a.Quotes.Count);
            Assert.Equal("Ann Lee", a.SpeakerOf(a.Quotes[1]));
            Assert.Equal("Tom Hill", a.SpeakerOf(a.Quotes[2]));
        }

        [Fact]
        public void Only_the_head_of_the_role_counts()
        {
            // "the best actress award" is about an award: "he" is still the presenter.
            string text = "Ken Rees, who presented the best actress award, said the night was exciting. \"It is always surreal,\" he said.";
            ExtractedArticle a = Extracted.From(text);
            Assert.Equal("Ken Rees", a.SpeakerOf(a.Quotes[a.Quotes.Count - 1]));
        }
    }
}
