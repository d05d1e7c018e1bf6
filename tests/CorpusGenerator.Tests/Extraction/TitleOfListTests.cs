using System.Linq;
using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Minister for Children, Young People and Families Margaret Hodge said": an office whose brief is a list before the holder's name (TitleOfList).</summary>
    public class TitleOfListTests
    {
        [Fact]
        public void A_listed_brief_before_the_name_is_the_office_and_the_name_is_the_holders()
        {
            ExtractedArticle a = Extracted.From(
                "Carers get just 50 pounds a week. Minister for Children, Young People and Families Margaret Hodge said new plans will ensure allowances are fair.");
            Assert.Equal("Margaret Hodge", a.SpeakerOf(a.Quote("new plans will ensure allowances are fair")));
            Assert.Equal("Minister for Children, Young People and Families", a.Speakers.Single(s => s.Name == "Margaret Hodge").Role);
        }

        [Fact]
        public void A_body_with_a_pair_after_for_is_not_split_into_a_holder()
        {
            ExtractedArticle a = Extracted.From(
                "Figures were published on Monday. The Department for Culture, Media and Sport said the plans would go ahead.");
            Assert.NotEqual("Media and Sport", a.SpeakerOf(a.Quote("the plans would go ahead")));
            Assert.DoesNotContain(a.Speakers, s => s.Name == "Sport");
        }
    }
}
