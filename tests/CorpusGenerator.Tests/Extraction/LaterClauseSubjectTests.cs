using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"... leaders Barcelona and Owen is confident Real can close the gap. He added": the subject of a second main clause is whom "he" refers to next.</summary>
    public class LaterClauseSubjectTests
    {
        [Fact]
        public void He_refers_to_the_known_person_opening_a_clause_after_and()
        {
            ExtractedArticle a = Extracted.From("Michael Owen scored the first goal. \"It was great,\" he said.\n\nRoberto Carlos said the team was tired.\n\nVictory took Real within six points of Barcelona and Owen is confident Real can close the gap. He added: \"We had several chances.\"");
            Assert.Equal("Michael Owen", a.SpeakerOf(a.Quote("We had several chances")));
        }

        [Fact]
        public void A_clause_in_reported_words_is_no_subject_of_the_article()
        {
            ExtractedArticle a = Extracted.From("Peter Nielson said the councillor was suspended. \"We will decide,\" he said.\n\nJohn Houston said he was innocent.\n\nMr Nielson said any evidence would be looked into and Mr Houston may be interviewed. He added: \"I can't comment.\"");
            Assert.Equal("Peter Nielson", a.SpeakerOf(a.Quote("I can't comment")));
        }
    }
}
