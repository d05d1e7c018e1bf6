using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"a group blog", "a greater say": a plain cue word after "a" and its phrase is a noun, not a verb.</summary>
    public class SingularArticleNounTests
    {
        [Fact]
        public void A_blog_after_a_and_its_modifier_is_a_noun()
        {
            ExtractedArticle a = Extracted.From("Indian writer Rohit Gupta edits a group blog called Dogs without Borders.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void A_greater_say_is_a_share_in_deciding()
        {
            ExtractedArticle a = Extracted.From("Mr Hamm said he would only invest more money in the company if he got a greater say in how it is run.");
            Assert.DoesNotContain("in how it is run", a.QuoteTexts());
        }

        [Fact]
        public void A_claim_accusing_is_the_subject_not_its_speaker()
        {
            ExtractedArticle a = Extracted.From("A US government claim accusing the biggest tobacco companies of covering up the effects of smoking has been thrown out by an appeal court.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void A_quantity_after_a_takes_the_plain_verb()
        {
            ExtractedArticle a = Extracted.From("Nearly a third say they don't know, a higher level of uncertainty than in earlier surveys.");
            Assert.Contains("they don't know, a higher level of uncertainty than in earlier surveys", a.QuoteTexts());
        }

        [Fact]
        public void A_report_after_its_publication_stays_a_report()
        {
            ExtractedArticle a = Extracted.From("Hillary Clinton is seizing upon a New York Times report that Donald Trump had a net loss of more than $915 million in 1995.");
            Assert.Contains("Donald Trump had a net loss of more than $915 million in 1995", a.QuoteTexts());
        }
    }
}
