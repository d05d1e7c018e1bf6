using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// "Marc Ostwald, a strategist at Monument Securities told Reuters that ...": an appositive
    /// whose closing comma is missing; the name it describes speaks, not the description.
    /// </summary>
    public class UnclosedAppositiveTests
    {
        [Fact]
        public void The_name_before_an_unclosed_appositive_speaks()
        {
            ExtractedArticle a = Extracted.From(
                "Jane Holloway, a strategist at Northgate Securities told Channel Nine that rates would rise this year.");
            ExtractedQuote q = a.Quote("rates would rise");
            Assert.Equal("Jane Holloway", a.MentionOf(q));
            Assert.Equal("Jane Holloway", a.SpeakerOf(q));
        }

        [Fact]
        public void The_name_after_a_quotation_speaks_past_an_unclosed_appositive()
        {
            ExtractedArticle a = Extracted.From(
                "\"We are looking at every option we have,\" Mark Dunley, a Northair spokesman told the paper.");
            Assert.Equal("Mark Dunley", a.MentionOf(a.Quote("every option we have")));
        }

        [Fact]
        public void A_description_after_reported_words_keeps_the_cue()
        {
            // The name ends what was reported: the description is the cue's own subject.
            ExtractedArticle a = Extracted.From(
                "A request would have to be reviewed by officials at the Justice Department, a former official said.");
            Assert.Equal("a former official", a.MentionOf(a.Quote("A request would have to be reviewed")));
        }
    }
}
