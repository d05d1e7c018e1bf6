namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// A participle cue after a main clause whose named subject is followed by an aside between
    /// dashes ("Mrs. Clinton -- whose husband signed the act -- has derided ..., suggesting"): the
    /// subject is read past the aside, as past one between commas, and speaks.
    /// </summary>
    public class DashAsideMainSubjectTests
    {
        [Theory]
        [InlineData("Hillary Clinton -- whose husband signed the act into law -- has publicly derided the bill, suggesting that efforts to bring it back are misguided.", "efforts to bring it back are misguided", "Hillary Clinton")]
        [InlineData("Chris Christie \u2014 who is being vetted as a running mate \u2014 has attacked Clinton, saying she is unfit for office.", "she is unfit for office", "Chris Christie")]
        public void The_name_before_the_aside_speaks(string text, string content, string speaker)
        {
            var a = Extracted.From(text);
            Assert.Equal(speaker, a.SpeakerOf(a.Quote(content)));
        }
    }
}
