namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// A sentence opened by a subordinate clause or phrase ("While celebrating ...,", "As the votes
    /// came in,", "Amid the uproar,") keeps its main clause's subject for a participle cue after it:
    /// the opener was read as the subject's place, so "saying ..." lost its speaker and its quote.
    /// </summary>
    public class SubordinateOpenerTests
    {
        [Theory]
        [InlineData("While celebrating sweeping victories in five primaries Tuesday night, Donald Trump mocked the front-runner, saying she would be a bad president.", "she would be a bad president", "Donald Trump")]
        [InlineData("As the votes came in, Hillary Clinton thanked her supporters, saying she was proud of them.", "she was proud of them", "Hillary Clinton")]
        [InlineData("Amid the uproar, Matt Walsh offered a justification for the list, saying it is necessary to act.", "it is necessary to act", "Matt Walsh")]
        public void The_main_clause_subject_speaks_the_participle(string text, string content, string speaker)
        {
            var a = Extracted.From(text);
            var q = a.Quote(content);
            Assert.Equal(speaker, a.SpeakerOf(q));
        }
    }
}
