using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>A participle after a second clause with a subject of its own goes with that subject.</summary>
    public class CoordinatedClauseSubjectTests
    {
        [Fact]
        public void The_participle_goes_with_the_subject_of_the_clause_it_follows()
        {
            ExtractedArticle a = Extracted.From("Mayor Lena Park talked about the budget, but Inspector Ravi Sandhu brought her back to the harbour, asking her to explain the closure.");
            ExtractedQuote q = a.Quote("to explain the closure");
            Assert.Equal("Ravi Sandhu", a.SpeakerOf(q));
        }

        [Fact]
        public void Two_names_joined_before_the_verb_are_one_subject()
        {
            ExtractedArticle a = Extracted.From("Councillor Ann Brody (Ward 3) and Councillor Ravi Sandhu (Ward 4) sent a letter to the board, asking it to explain the closure.");
            ExtractedQuote q = a.Quote("to explain the closure");
            Assert.NotEqual("Ravi Sandhu", a.SpeakerOf(q));
        }
    }
}
