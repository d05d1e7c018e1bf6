using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "Vian, the editor in chief of the Vatican's newspaper, L'Osservatore Romano, said": a name
    /// set off after a thing names the thing; the person the description is about speaks.
    /// </summary>
    public class ThingAppositiveTests
    {
        [Fact]
        public void A_name_after_a_thing_leaves_the_described_person_the_speaker()
        {
            ExtractedArticle a = Extracted.From(
                "Mark Dunley, the editor of the diocese's weekly newspaper, Grace Herald, said every bishop was political.");
            Assert.Equal("Mark Dunley", a.MentionOf(a.Quote("every bishop was political")));
        }

        [Fact]
        public void A_name_after_a_persons_title_still_speaks()
        {
            ExtractedArticle a = Extracted.From(
                "A spokesman for the ministry, John Smith, said the plan was dead.");
            Assert.Equal("John Smith", a.MentionOf(a.Quote("the plan was dead")));
        }
    }
}
