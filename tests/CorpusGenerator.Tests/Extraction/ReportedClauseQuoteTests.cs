using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// A quotation alone right after a sentence that reported a clause of someone's words, in the
    /// same paragraph, goes on with those words: it reports that sentence's mention and cue.
    /// </summary>
    public class ReportedClauseQuoteTests
    {
        [Fact]
        public void A_quotation_after_a_reported_that_clause_takes_its_mention_and_cue()
        {
            ExtractedArticle a = Extracted.From(
                "The Fed met on Tuesday. Analyst Megan Greene added that the Fed wants to get out of the way before the election. \u201cThey don\u2019t like to talk about it, but I think they will move for political reasons.\u201d");
            ExtractedQuote q = a.Quote("They don\u2019t like");
            Assert.Equal("Megan Greene", a.SpeakerOf(q));
            Assert.Equal("Megan Greene", a.MentionOf(q));
            Assert.Equal("added", a.CueOf(q));
        }

        [Fact]
        public void A_quotation_after_a_plain_said_clause_takes_its_pronoun()
        {
            ExtractedArticle a = Extracted.From(
                "Gloria Garcia, 34, is a nurse from Brownsville. She says people should be able to use the bathroom they prefer. \"It is their life; they are not hurting anybody.\"");
            ExtractedQuote q = a.Quote("It is their life");
            Assert.Equal("Gloria Garcia", a.SpeakerOf(q));
            Assert.Equal("She", a.MentionOf(q));
            Assert.Equal("says", a.CueOf(q));
        }

        [Fact]
        public void A_quotation_after_a_saying_participle_takes_its_cue()
        {
            ExtractedArticle a = Extracted.From(
                "Treasury Secretary John Snow put a brave face on the news, saying it was a sign of strong economic expansion. \"The economy is growing at such a fast rate that it is generating lots of disposable income.\"");
            ExtractedQuote q = a.Quote("The economy is growing");
            Assert.Equal("John Snow", a.SpeakerOf(q));
            Assert.Equal("saying", a.CueOf(q));
        }

        [Fact]
        public void A_quotation_after_a_reported_how_clause_takes_its_cue()
        {
            ExtractedArticle a = Extracted.From(
                "Luay Sami came to Atlanta in 2014. Sami recalled how on his first trip from the airport, all he saw was a dark highway. \"And I was like, please, I want to see a city.\"");
            ExtractedQuote q = a.Quote("And I was like");
            Assert.Equal("Luay Sami", a.SpeakerOf(q));
            Assert.Equal("recalled", a.CueOf(q));
        }

        [Fact]
        public void A_quotation_after_a_reported_clause_with_a_quoted_fragment_takes_its_mention()
        {
            ExtractedArticle a = Extracted.From(
                "The bill passed on Monday. Casino Association chairman Penny Cobham said her members were \"outraged\" by the decision. \"There was never going to be a massive explosion of casinos.\"");
            ExtractedQuote q = a.Quote("There was never going");
            Assert.Equal("Penny Cobham", a.SpeakerOf(q));
            Assert.Equal("Penny Cobham", a.MentionOf(q));
            Assert.Equal("said", a.CueOf(q));
        }

        [Fact]
        public void A_description_of_the_speaker_carries_no_mention()
        {
            ExtractedArticle a = Extracted.From(
                "Councillor Pete Fry voted against the tax. Mr. Fry describes himself as the most left-leaning Green on council. \u201cWhy would I pander to the millionaires club?\u201d");
            ExtractedQuote q = a.Quote("Why would I pander");
            Assert.Null(q.SpeakerMention);
        }

        [Fact]
        public void A_quotation_in_the_next_paragraph_carries_no_mention()
        {
            ExtractedArticle a = Extracted.From(
                "Analyst Megan Greene added that the Fed wants to get out of the way before the election.\n\n\u201cThey don\u2019t like to talk about it.\u201d");
            ExtractedQuote q = a.Quote("They don\u2019t like");
            Assert.Null(q.SpeakerMention);
        }
    }
}
