using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"..., says a report from analysts X": the writing after an inverted cue speaks for its author.</summary>
    public class InvertedWritingAuthorTests
    {
        [Fact]
        public void The_author_after_from_and_a_role_speaks_and_the_report_named_again_is_theirs()
        {
            ExtractedArticle a = Extracted.From(
                "Four times more phones with cameras will be sold this year, says a report from analysts Harbourline. The report predicts that most phones will have one by 2008.");
            Assert.Equal("Harbourline", a.MentionOf(a.Quote("Four times more")));
            Assert.Equal("Harbourline", a.SpeakerOf(a.Quote("Four times more")));
            Assert.Equal("Harbourline", a.SpeakerOf(a.Quote("most phones")));
        }

        [Fact]
        public void The_author_after_by_and_describing_words_speaks()
        {
            ExtractedArticle a = Extracted.From(
                "Around 23 million Britons will miss out on essential services, predicts the report by telecoms giant Kestrel.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("Kestrel", a.SpeakerOf(q));
        }

        [Fact]
        public void A_place_after_from_is_no_author()
        {
            ExtractedArticle a = Extracted.From("The talks have stalled, says a report from Moldavia.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.NotEqual("Moldavia", a.SpeakerOf(q));
        }
    }

    /// <summary>"according to research carried out by X": who did the study is its author.</summary>
    public class WritingsMadeByTests
    {
        [Fact]
        public void The_agent_of_carried_out_is_the_source()
        {
            ExtractedArticle a = Extracted.From(
                "Much of this shopping is done during work time, according to research carried out by security firm Quintal Software.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("Quintal Software", a.SpeakerOf(q));
        }

        [Fact]
        public void The_agent_of_conducted_is_the_source()
        {
            ExtractedArticle a = Extracted.From("Most voters back the plan, according to a survey conducted by the Harbour Institute.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("the Harbour Institute", a.SpeakerOf(q));
        }

        [Fact]
        public void The_agent_of_commissioned_is_a_payer_not_the_source()
        {
            ExtractedArticle a = Extracted.From("Most voters back the plan, according to a survey commissioned by the Harbour Institute.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.NotEqual("the Harbour Institute", a.SpeakerOf(q));
        }
    }
}
