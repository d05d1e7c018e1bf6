namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "When Rubio thanked Miami and said it was great to be home, a man yelled": the verb joined
    /// to the cue inside a subordinate clause may be an evaluative one ("thanked", "praised"),
    /// which reports nothing alone; the walk back to the clause's subject stopped at it as at a
    /// cue of its own, and the report was lost.
    /// </summary>
    public class CoordinatedEvaluativeTests
    {
        [Theory]
        [InlineData("Some in the crowd booed, and when Marco Rubio thanked Miami and said it was great to be home, a man yelled.", "it was great to be home", "Marco Rubio")]
        [InlineData("Hillary Clinton, though she praised Garland and said Republicans should give him a hearing, stopped short of comment.", "Republicans should give him a hearing", "Hillary Clinton")]
        public void The_clause_subject_speaks_the_joined_cue(string text, string content, string speaker)
        {
            var a = Extracted.From(text);
            Assert.Equal(speaker, a.SpeakerOf(a.Quote(content)));
        }
    }
}
