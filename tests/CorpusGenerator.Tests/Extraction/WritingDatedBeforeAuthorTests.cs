using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"according to a report earlier this week from the British Retail Consortium": a date between a writing and "from" or "by" still leaves the author the source.</summary>
    public class WritingDatedBeforeAuthorTests
    {
        [Fact]
        public void A_date_before_from_leaves_the_author_the_source()
        {
            ExtractedArticle a = Extracted.From("Retailers endured their worst Christmas in a decade, according to a report earlier this week from the British Retail Consortium.");
            Assert.Equal("the British Retail Consortium", a.SpeakerOf(a.Quote("Retailers endured their worst Christmas in a decade")));
        }

        [Fact]
        public void A_date_after_the_publishing_participle_leaves_the_author_the_source()
        {
            ExtractedArticle a = Extracted.From("Sales of singles rose by 40% last year, according to new figures released on Tuesday by the Electoral Commission.");
            Assert.Equal("the Electoral Commission", a.SpeakerOf(a.Quote("Sales of singles rose by 40% last year")));
        }

        [Fact]
        public void A_participle_inside_a_long_source_leaves_the_author_the_source()
        {
            ExtractedArticle a = Extracted.From("The two candidates are level, according to the average of recent polls compiled by Real Clear Politics.");
            Assert.Equal("Real Clear Politics", a.SpeakerOf(a.Quote("The two candidates are level")));
        }
    }
}
