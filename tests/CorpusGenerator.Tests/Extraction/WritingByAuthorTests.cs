using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>"according to a report from X": the writing's author named after it is the source.</summary>
    public class WritingByAuthorTests
    {
        [Fact]
        public void The_author_after_from_is_the_source()
        {
            ExtractedArticle a = Extracted.From("Ferry traffic grew by a third in 2004, according to a recent report from Harbour Analytics.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("Ferry traffic grew by a third in 2004", q.Span.Of(a.Text));
            Assert.Equal("Harbour Analytics", a.MentionOf(q));
            Assert.Equal("Harbour Analytics", a.SpeakerOf(q));
        }

        [Fact]
        public void A_body_named_with_an_inner_for_is_the_source()
        {
            ExtractedArticle a = Extracted.From("US industrial production increased in December, according to the latest survey from the Institute for Harbour Management.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("the Institute for Harbour Management", a.SpeakerOf(q));
        }

        [Fact]
        public void An_author_named_with_the_after_its_description_is_the_source()
        {
            ExtractedArticle a = Extracted.From("Up to 45% of critical information is stored in e-mail, according to research from message analysts the Quintal Group.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("the Quintal Group", a.SpeakerOf(q));
        }

        [Fact]
        public void An_author_named_with_the_after_its_description_and_a_date_is_the_source()
        {
            ExtractedArticle a = Extracted.From("Gadgets had a phenomenal year in 2004, according to figures released by HES organisers the Harbour Association on Tuesday.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("Gadgets had a phenomenal year in 2004", q.Span.Of(a.Text));
            Assert.Equal("the Harbour Association", a.SpeakerOf(q));
        }

        [Fact]
        public void A_for_after_a_name_with_no_organisation_word_ends_it()
        {
            ExtractedArticle a = Extracted.From("Ferry traffic grew by a third, according to a report from Harbour Analytics for Ferry Weekly.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.NotEqual("Harbour Analytics for Ferry Weekly", a.SpeakerOf(q));
        }

        [Fact]
        public void A_name_that_only_describes_the_author_is_not_the_author()
        {
            ExtractedArticle a = Extracted.From("Ferry traffic grew by a third in 2004, according to a report by UK think-tank Harbourwatch.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.NotEqual("UK", a.MentionOf(q));
        }

        [Fact]
        public void The_think_tank_named_after_its_description_is_the_author_and_its_it()
        {
            ExtractedArticle a = Extracted.From(
                "Ferry traffic grew by a third in 2004, according to a report by UK think-tank Harbourwatch. It said that cheaper fares were the main cause.");
            Assert.Equal("Harbourwatch", a.SpeakerOf(a.Quote("Ferry traffic grew")));
            Assert.Equal("Harbourwatch", a.SpeakerOf(a.Quote("cheaper fares")));
        }
    }
}
