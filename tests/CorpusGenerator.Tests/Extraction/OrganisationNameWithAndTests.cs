using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"according to the World Travel and Tourism Council": one body whose name holds "and" is the source.</summary>
    public class OrganisationNameWithAndTests
    {
        [Fact]
        public void According_to_a_council_whose_name_holds_and()
        {
            ExtractedArticle a = Extracted.From("Tourism provides jobs for 19 million people in the region, according to the World Travel and Tourism Council.");
            Assert.Equal("the World Travel and Tourism Council", a.SpeakerOf(a.Quote("Tourism provides jobs")));
        }

        [Fact]
        public void Research_by_a_project_whose_name_holds_and()
        {
            ExtractedArticle a = Extracted.From("Digital music players are now the gadget of choice among young Americans, according to recent research by the Pew Internet and American Life Project.");
            Assert.Equal("the Pew Internet and American Life Project", a.SpeakerOf(a.Quote("Digital music players")));
        }
    }
}
