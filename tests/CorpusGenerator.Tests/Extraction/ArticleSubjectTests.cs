using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"The American Film Institute (AFI) hailed ... It claimed": a body's name written with "the" is its sentence's subject, what a later "it" stands for.</summary>
    public class ArticleSubjectTests
    {
        [Fact]
        public void It_is_the_body_named_with_the_in_the_sentence_before()
        {
            ExtractedArticle a = Extracted.From("The American Film Institute (AFI) hailed the two films as inspiring national debate. It claimed both film-makers had tossed convention out of the window.");
            Assert.Equal("The American Film Institute", a.SpeakerOf(a.Quote("both film-makers had tossed convention out of the window")));
        }

        [Fact]
        public void It_is_the_body_named_with_the_earlier_in_its_sentence()
        {
            ExtractedArticle a = Extracted.From("The Electronic Frontier Foundation is also defending the software firm. The case raises a question of critical importance, it said.");
            Assert.Equal("The Electronic Frontier Foundation", a.SpeakerOf(a.Quote("The case raises a question of critical importance")));
        }

        [Fact]
        public void A_name_before_a_noun_after_the_is_no_body()
        {
            ExtractedArticle a = Extracted.From("The US tycoon has approached the board with detailed proposals, it has confirmed.");
            Assert.Null(a.SpeakerOf(a.Quote("The US tycoon has approached the board with detailed proposals")));
        }
    }
}
