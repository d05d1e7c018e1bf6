using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Seville's Olympic Stadium" is a place, not a second person beside the one a description stands for.</summary>
    public class StadiumNameTests
    {
        [Fact]
        public void A_stadium_is_no_second_person_for_a_nationality()
        {
            ExtractedArticle a = Extracted.From(
                "Moya wins\n\nCarlos Moya beat Andy Roddick in Seville.\n\n" +
                "Roddick was left frustrated after losing both his singles on the slow clay of Seville's Olympic Stadium. \"It is just tough,\" said the American.");
            Assert.Equal("Andy Roddick", a.SpeakerOf(a.Quote("It is just tough")));
        }
    }
}
