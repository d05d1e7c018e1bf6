using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"Some say", "Others argue that", "another says": a quantifier standing as its clause's subject reports, unattributed.</summary>
    public class QuantifierSubjectTests
    {
        [Fact]
        public void Others_argue_that_reports_its_clause()
        {
            ExtractedArticle a = Extracted.From("The ferry company wants to raise fares.\n\nOthers argue that the fares should be cut to win back riders.");
            ExtractedQuote q = a.Quote("the fares should be cut");
            Assert.Equal("the fares should be cut to win back riders", q.Span.Of(a.Text));
            Assert.Equal("argue", a.CueOf(q));
            Assert.Equal("Others", a.MentionOf(q));
            Assert.Null(a.SpeakerOf(q));
        }

        [Fact]
        public void Some_say_and_another_says_after_a_comma_report()
        {
            ExtractedArticle a = Extracted.From("Counts differ.\n\nWhile one survey says there are 40 ferries, another says there are 52.\n\nSome say they miss the old boats.");
            Assert.Equal("says", a.CueOf(a.Quote("there are 52")));
            Assert.Equal("another", a.MentionOf(a.Quote("there are 52")));
            Assert.Equal("Some", a.MentionOf(a.Quote("they miss the old boats")));
        }

        [Fact]
        public void A_quantifier_before_a_noun_reports_nothing()
        {
            ExtractedArticle a = Extracted.From("Riders waited.\n\nWe have some say in the matter, the riders know.\n\nSome reported delays were short.");
            Assert.DoesNotContain(a.Quotes, q => a.CueOf(q) == "reported");
            Assert.DoesNotContain(a.Quotes, q => a.CueOf(q) == "say");
        }
    }
}
