using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "..., with Sen. John McCain calling it a “Chinese menu.”": in an absolute "with X saying"
    /// the period of a title's abbreviation is part of the name, so X still speaks.
    /// </summary>
    public class AbsoluteTitledSubjectTests
    {
        [Fact]
        public void A_titled_name_after_with_speaks_the_participle()
        {
            ExtractedArticle a = Extracted.From(
                "Republicans were irritated about the lack of detail, with Sen. John McCain calling it a “Chinese menu.”");
            ExtractedQuote q = a.Quote("Chinese menu");
            Assert.Equal("John McCain", a.SpeakerOf(q));
        }

        [Fact]
        public void A_name_with_an_initial_after_with_speaks_the_participle()
        {
            ExtractedArticle a = Extracted.From(
                "The council was split, with Maria T. Ruiz saying the budget was \"a fair deal for everyone.\"");
            ExtractedQuote q = a.Quote("a fair deal");
            Assert.Equal("Maria T. Ruiz", a.SpeakerOf(q));
        }
    }
}
