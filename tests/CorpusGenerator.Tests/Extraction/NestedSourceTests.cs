using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// A quote passed on by another source ("“Q,” X said, according to CNN") stays the words of the
    /// person quoted, as the GenderGapTracker gold has it and as a typed model's users read
    /// <c>Speakers.X.Quotes</c>; the outlet that reported it is not its speaker. PolNeAR's gold
    /// gives such quotes to the outer source; the engine follows ggt-dev where the two disagree.
    /// </summary>
    public class NestedSourceTests
    {
        [Fact]
        public void A_quote_passed_on_by_a_closing_according_to_stays_its_speakers()
        {
            ExtractedArticle a = Extracted.From("“The harbour will reopen in May,” Mayor Lena Park said at a rally, according to the Coastal Herald.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("Lena Park", a.SpeakerOf(q));
        }

        [Fact]
        public void A_closing_reported_leaves_the_report_to_its_speaker_and_ends_it_before_the_outlet()
        {
            ExtractedArticle a = Extracted.From("Mayor Lena Park said the harbour would reopen in May, the Coastal Herald reported.");
            ExtractedQuote q = a.Quote("the harbour would reopen");
            Assert.Equal("the harbour would reopen in May", q.Span.Of(a.Text));
            Assert.Equal("Lena Park", a.SpeakerOf(q));
        }

        [Fact]
        public void An_opening_according_to_leaves_the_nested_report_to_its_speaker()
        {
            ExtractedArticle a = Extracted.From("According to the Coastal Herald, Mayor Lena Park said the harbour would reopen in May.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("the harbour would reopen in May", q.Span.Of(a.Text));
            Assert.Equal("Lena Park", a.SpeakerOf(q));
        }

        [Fact]
        public void A_quotation_ending_its_sentence_before_its_attribution_stays_its_speakers()
        {
            ExtractedArticle a = Extracted.From("\"Is this a priority for the two of them?\" Mayor Lena Park said at a press conference, according to the Coastal Herald. The council meets in May.");
            ExtractedQuote q = a.Quote("Is this a priority");
            Assert.Equal("Lena Park", a.SpeakerOf(q));
        }

        [Fact]
        public void A_quotation_introduced_with_a_colon_keeps_its_speaker()
        {
            ExtractedArticle a = Extracted.From("After the match Lena Park said: \"It was a perfect night for the harbour team,\" Park said.");
            ExtractedQuote q = a.Quote("It was a perfect night");
            Assert.Contains("Park", a.MentionOf(q));
            Assert.Equal("Lena Park", a.SpeakerOf(q));
        }
    }
}
