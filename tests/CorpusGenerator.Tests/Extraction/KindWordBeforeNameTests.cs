using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Fan website Trek United ...", then "according to the site": a publication's kind noun written before its name makes it an organisation the site can stand for.</summary>
    public class KindWordBeforeNameTests
    {
        [Fact]
        public void The_site_is_the_website_named_after_its_kind()
        {
            ExtractedArticle a = Extracted.From(
                "Fans rally for show\n\nFans of Star Trek held a rally outside the Paramount studios on Friday.\n\n" +
                "Fan website Trek United is hoping to raise $32m from donations by the end of March. " +
                "More than $23,000 has been pledged so far, according to the site. The campaign ends in March.");
            Assert.Equal("Trek United", a.SpeakerOf(a.Quote("More than $23,000 has been pledged so far")));
        }

        [Fact]
        public void A_newspaper_told_something_is_no_label_of_the_name_after_it()
        {
            ExtractedArticle a = Extracted.From(
                "Minister denies claim\n\nThe Sunday Telegraph reported the row on Sunday.\n\n" +
                "A source told the newspaper Castle Rock had known of the plan. " +
                "The plan was dropped last year, according to the newspaper.");
            Assert.NotEqual("Castle Rock", a.SpeakerOf(a.Quote("The plan was dropped last year")));
        }
    }
}
