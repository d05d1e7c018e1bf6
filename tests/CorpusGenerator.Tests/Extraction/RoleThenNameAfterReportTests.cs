using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"C, said its chief executive, Sir Howard Newby.": the name after the role and its comma, after a report that is no whole quotation.</summary>
    public class RoleThenNameAfterReportTests
    {
        [Fact]
        public void A_report_with_a_quoted_fragment_takes_the_name_after_the_role()
        {
            ExtractedArticle a = Extracted.From("The Harbour Council said more people took the ferry. But the share of poorer passengers \"hardly changed at all\", said its chief executive, Sir Howard Newby.");
            ExtractedQuote q = a.Quote("But the share of poorer passengers");
            Assert.Equal("Howard Newby", a.SpeakerOf(q));
        }

        [Fact]
        public void An_indirect_report_takes_the_name_after_the_role()
        {
            ExtractedArticle a = Extracted.From("The Nucor plant is under intense pressure from imports, said the company's chief executive, John J. Ferriola.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("John J. Ferriola", a.SpeakerOf(q));
        }
    }
}
