using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>An attribution closing its sentence after a comma passes on the attributions before it: its source is the quote's.</summary>
    public class NestedSourceTests
    {
        [Fact]
        public void According_to_after_a_quote_and_its_cue_is_the_source()
        {
            ExtractedArticle a = Extracted.From("“The harbour will reopen in May,” Mayor Lena Park said at a rally, according to the Coastal Herald.");
            ExtractedQuote q = a.Quote("The harbour will reopen");
            Assert.Equal("Coastal Herald", a.MentionOf(q));
        }

        [Fact]
        public void A_closing_reported_passes_on_the_clause_before_it()
        {
            ExtractedArticle a = Extracted.From("Mayor Lena Park said the harbour would reopen in May, the Coastal Herald reported.");
            ExtractedQuote q = a.Quote("the harbour would reopen");
            Assert.Equal("the harbour would reopen in May", q.Span.Of(a.Text));
            Assert.Equal("Coastal Herald", a.MentionOf(q));
        }

        [Fact]
        public void According_to_a_rule_is_no_source()
        {
            ExtractedArticle a = Extracted.From("Mayor Lena Park said the harbour would reopen in May, according to the schedule.");
            ExtractedQuote q = a.Quote("the harbour would reopen");
            Assert.Equal("Lena Park", a.MentionOf(q));
        }

        [Fact]
        public void A_cue_in_a_relative_clause_is_not_passed_on()
        {
            ExtractedArticle a = Extracted.From("Fishermen who predict that the harbour will reopen in May could be wrong, the report suggests.");
            ExtractedQuote q = a.Quote("the harbour will reopen");
            Assert.Equal("Fishermen", a.MentionOf(q));
        }

        [Fact]
        public void An_opening_according_to_is_the_source_of_the_clause_it_opens()
        {
            ExtractedArticle a = Extracted.From("According to the Coastal Herald, Mayor Lena Park said the harbour would reopen in May.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("the harbour would reopen in May", q.Span.Of(a.Text));
            Assert.Equal("Coastal Herald", a.MentionOf(q));
        }

        [Fact]
        public void An_opening_according_to_with_a_clause_of_its_own_keeps_it()
        {
            ExtractedArticle a = Extracted.From("According to the Coastal Herald, the harbour flooded twice, and Mayor Lena Park said it would reopen in May.");
            Assert.Equal("Coastal Herald", a.MentionOf(a.Quote("the harbour flooded twice")));
            Assert.Equal("Lena Park", a.MentionOf(a.Quote("it would reopen")));
        }

        [Fact]
        public void A_closing_source_after_a_comma_inside_the_marks_passes_on_the_fragment()
        {
            ExtractedArticle a = Extracted.From("Mayor Lena Park said the plan \"will save the harbour,\" the Coastal Herald reported.");
            ExtractedQuote q = a.Quote("will save the harbour");
            Assert.Equal("Coastal Herald", a.MentionOf(q));
        }

        [Fact]
        public void A_quotation_ending_its_sentence_before_its_attribution_goes_to_the_closing_source()
        {
            ExtractedArticle a = Extracted.From("\"Is this a priority for the two of them?\" Mayor Lena Park said at a press conference, according to the Coastal Herald. The council meets in May.");
            ExtractedQuote q = a.Quote("Is this a priority");
            Assert.Equal("Coastal Herald", a.MentionOf(q));
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
