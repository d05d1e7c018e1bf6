using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"the US Department of Justice said": a title word after an organisation's inner "of" ends the body's name, not a person's title (InnerOfTitles).</summary>
    public class InnerOfTitleTests
    {
        [Fact]
        public void The_department_of_justice_keeps_its_whole_name()
        {
            ExtractedArticle a = Extracted.From("In a statement the US Department of Justice said the two men operated the central hubs.");
            Assert.Equal("the US Department of Justice", a.SpeakerOf(a.Quote("the two men operated")));
        }

        [Fact]
        public void A_title_of_its_own_is_still_a_title()
        {
            ExtractedArticle a = Extracted.From("Secretary of State Colin Powell said the talks would go on.");
            Assert.Equal("Colin Powell", a.SpeakerOf(a.Quote("the talks would go on")));
        }
    }
}
