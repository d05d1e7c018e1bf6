using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"his lawyer", "her spokesman": someone acting for a person, not the person last quoted.</summary>
    public class ActingForTests
    {
        [Fact]
        public void His_agent_is_not_the_writer_last_quoted()
        {
            string text = "Author Philip Lane said his books were not anti-religious.\n\n" +
                          "His agent told reporters that the film would go ahead.";
            ExtractedArticle a = Extracted.From(text);
            Assert.Equal(2, a.Quotes.Count);
            Assert.Equal("Philip Lane", a.SpeakerOf(a.Quotes[0]));
            Assert.Null(a.SpeakerOf(a.Quotes[1]));
        }

        [Fact]
        public void Its_chairman_named_right_after_is_that_person()
        {
            string text = "\"Any partial change would harm the plan,\" said its chairman, Sir Tony Green.";
            ExtractedArticle a = Extracted.From(text);
            Assert.Equal("Tony Green", a.SpeakerOf(Assert.Single(a.Quotes)));
        }
    }
}
