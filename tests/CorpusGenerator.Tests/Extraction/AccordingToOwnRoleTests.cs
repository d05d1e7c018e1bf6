using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"according to his Newcastle boss Rob Andrew": the name after a possessive pronoun and a role is the source.</summary>
    public class AccordingToOwnRoleTests
    {
        [Theory]
        [InlineData("England must play without Jonny Wilkinson, according to his Newcastle boss Rob Andrew.")]
        [InlineData("England must play without him, according to his boss Rob Andrew.")]
        public void The_name_after_his_role_is_the_source(string sentence)
        {
            ExtractedArticle a = Extracted.From(sentence);
            Assert.Equal("Rob Andrew", a.SpeakerOf(Assert.Single(a.Quotes)));
        }
    }
}
