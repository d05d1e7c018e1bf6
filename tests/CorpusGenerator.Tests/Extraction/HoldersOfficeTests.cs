using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"the Information Commissioner's Office said": an office named after its holder's title is one name.</summary>
    public class HoldersOfficeTests
    {
        [Fact]
        public void A_titles_possessive_before_office_is_inside_the_name()
        {
            ExtractedArticle a = Extracted.From("The Information Commissioner's Office said it was examining one complaint.");
            Assert.Equal("The Information Commissioner's Office", a.SpeakerOf(a.Quote("it was examining one complaint")));
        }

        [Fact]
        public void The_office_speaks_again_through_it()
        {
            ExtractedArticle a = Extracted.From("Small firms were hit, the US Trade Representative's Office said. It added that talks would go on.");
            Assert.Equal("the US Trade Representative's Office", a.SpeakerOf(a.Quote("Small firms were hit")));
            Assert.Equal("the US Trade Representative's Office", a.SpeakerOf(a.Quote("talks would go on")));
        }

        [Fact]
        public void A_places_possessive_owns_the_department()
        {
            ExtractedArticle a = Extracted.From("The UK's Department of Health said it would act.");
            Assert.Equal("Department of Health", a.SpeakerOf(a.Quote("it would act")));
        }
    }
}
