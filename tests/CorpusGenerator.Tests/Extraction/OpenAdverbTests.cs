using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>Adverbs outside the closed list of verb modifiers between a subject and its cue: "has traditionally argued", "have long complained", "has since said".</summary>
    public class OpenAdverbTests
    {
        [Fact]
        public void An_ly_adverb_after_the_auxiliary_leaves_the_subject_speaking()
        {
            ExtractedArticle a = Extracted.From("The port is busy.\n\nThe union has traditionally argued that the cranes need two operators.");
            ExtractedQuote q = a.Quote("the cranes need");
            Assert.Equal("argued", a.CueOf(q));
            Assert.Equal("The union", a.MentionOf(q));
        }

        [Fact]
        public void Since_and_long_after_the_auxiliary()
        {
            ExtractedArticle a = Extracted.From("The port is busy.\n\nMarta Lindqvist has since said that she never saw the report.\n\nThe pilots have long complained that the runway is too short.");
            Assert.Equal("Marta Lindqvist", a.MentionOf(a.Quote("she never saw the report")));
            Assert.Equal("complained", a.CueOf(a.Quote("the runway is too short")));
        }

        [Fact]
        public void A_noun_in_ly_is_the_subject_and_negative_adverbs_deny()
        {
            ExtractedArticle a = Extracted.From("The port is busy.\n\nThe Lindqvist family said the boat was sold.\n\nHe barely mentioned the strike.\n\nNeither the union nor the port had officially confirmed the deal.");
            Assert.Equal("The Lindqvist family", a.MentionOf(a.Quote("the boat was sold")));
            Assert.DoesNotContain(a.Quotes, q => a.CueOf(q) == "mentioned");
            Assert.DoesNotContain(a.Quotes, q => a.CueOf(q) == "confirmed");
        }
    }
}
