using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "Sources within the Conservative Party told the BBC Michael Howard has always been in favour
    /// of ID cards": a finite verb after the capitalised run following "told the" shows the run holds
    /// the subject of what was told too; it starts after the outlet's acronym or at an honorific.
    /// </summary>
    public class SubjectInsideListenerTests
    {
        [Fact]
        public void A_name_after_an_outlet_s_acronym_opens_what_was_told()
        {
            ExtractedArticle a = Extracted.From("Sources within the Conservative Party told the BBC Michael Howard has always been in favour of ID cards.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("Michael Howard has always been in favour of ID cards", q.Span.Of(a.Text));
        }

        [Fact]
        public void An_honorific_after_the_listener_opens_what_was_told()
        {
            ExtractedArticle a = Extracted.From("Sources within the party told the BBC Mr Howard had always been in favour of ID cards.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("Mr Howard had always been in favour of ID cards", q.Span.Of(a.Text));
        }
    }
}
