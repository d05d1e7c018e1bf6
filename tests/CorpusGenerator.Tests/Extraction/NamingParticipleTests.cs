using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "A firm called Northwind Partners gave $5,000": "called" after an indefinite phrase naming
    /// a thing is a participle that names it, not a cue; a person calling something stays one.
    /// </summary>
    public class NamingParticipleTests
    {
        [Fact]
        public void Called_after_a_thing_names_it_and_reports_nothing()
        {
            ExtractedArticle a = Extracted.From(
                "A consulting firm called Northwind Partners gave $5,000 to the fund in June. Later, a new group called Rivers First opened an office downtown.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void Called_after_a_person_still_reports_what_was_said()
        {
            ExtractedArticle a = Extracted.From("One lawmaker called the plan \"a costly mistake\" for farmers.");
            ExtractedQuote q = a.Quote("a costly mistake");
            Assert.Equal("One lawmaker", a.MentionOf(q));
            Assert.Equal("called", a.CueOf(q));
        }

        [Fact]
        public void A_group_calling_on_someone_still_speaks()
        {
            ExtractedArticle a = Extracted.From("A local newspaper called on the governor to release the full report before the vote.");
            Assert.Equal("called on", a.CueOf(a.Quote("the governor to release")));
        }
    }
}
