using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>A participle or coordinated cue after a subordinate clause with a pronoun subject is given that nearer pronoun; the person stays the main subject.</summary>
    public class SubordinateSubjectTests
    {
        [Fact]
        public void The_pronoun_of_an_even_as_clause_is_the_nearer_mention()
        {
            ExtractedArticle a = Extracted.From("Mayor Lena Park admitted some mistakes even as she defended the board, saying, “Most of the plan is sound.”");
            ExtractedQuote q = a.Quote("Most of the plan is sound");
            Assert.Equal("she", a.MentionOf(q));
            Assert.Equal("Lena Park", a.SpeakerOf(q));
        }

        [Fact]
        public void The_pronoun_of_a_when_clause_before_and_said_is_the_nearer_mention()
        {
            ExtractedArticle a = Extracted.From("Inspector Ravi Sandhu started the row when he brought up the closure and later said, “It is not just the harbour.”");
            ExtractedQuote q = a.Quote("It is not just the harbour");
            Assert.Equal("he", a.MentionOf(q));
            Assert.Equal("Ravi Sandhu", a.SpeakerOf(q));
        }

        [Fact]
        public void An_after_clause_may_bring_in_someone_else()
        {
            ExtractedArticle a = Extracted.From("Inspector Ravi Sandhu was quick to praise the mayor after she won the vote and said the harbour would reopen.");
            ExtractedQuote q = a.Quote("the harbour would reopen");
            Assert.Equal("Ravi Sandhu", a.MentionOf(q));
        }
    }
}
