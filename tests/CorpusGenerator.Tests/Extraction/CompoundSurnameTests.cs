using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"said Carlos Baez Silva", then "Mr Baez Silva estimated": a two-word surname is the person named in full (SameNamedSpeakers).</summary>
    public class CompoundSurnameTests
    {
        [Fact]
        public void A_double_surname_after_an_honorific_is_the_person_named_in_full()
        {
            ExtractedArticle a = Extracted.From(
                "Savers who lost their deposits are still waiting for compensation.\n\n" +
                "\"Nobody trusts the banks any more,\" said Carlos Baez Silva, president of a savers' association.\n\n" +
                "Few people have recovered more than half their savings, Mr Baez Silva estimated.");
            Assert.Equal("Carlos Baez Silva", a.SpeakerOf(a.Quote("Few people have recovered")));
            Assert.DoesNotContain(a.Speakers, s => s.Name == "Baez Silva");
        }
    }
}
