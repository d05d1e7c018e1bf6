using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    // The runtime library has a QuoteKind too (CorpusGenerator.QuoteKind); these tests mean the engine's.
    using QuoteKind = CorpusGenerator.Extraction.QuoteKind;

    /// <summary>"according to X": what the source reports, and who the source is.</summary>
    public class AccordingToTests
    {
        [Fact]
        public void A_title_with_According_in_it_cites_no_one()
        {
            ExtractedArticle a = Extracted.From("Jessica Stevenson will star in the new sitcom, The World According to Bex, penned by Fred Barron.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void A_capital_According_after_a_bracket_still_cites_its_source()
        {
            ExtractedArticle a = Extracted.From("The vote was close (According to Jane Fairweather, inspectors arrived at noon).");
            Assert.Equal("Jane Fairweather", a.MentionOf(Assert.Single(a.Quotes)));
        }

        [Fact]
        public void An_opening_according_to_reports_the_whole_clause_participle_included()
        {
            ExtractedArticle a = Extracted.From("According to Jane Fairweather, inspectors arrived at noon, describing the kitchen as filthy.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal(QuoteKind.Indirect, q.Kind);
            Assert.Equal("inspectors arrived at noon, describing the kitchen as filthy", q.Span.Of(a.Text));
            Assert.Equal("Jane Fairweather", a.MentionOf(q));
        }

        [Theory]
        [InlineData("But according to the survey, most bakers will raise prices.")]
        [InlineData("And, according to the survey, most bakers will raise prices.")]
        public void An_opening_conjunction_before_according_to_is_no_part_of_the_report(string text)
        {
            ExtractedArticle a = Extracted.From(text);
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("most bakers will raise prices", q.Span.Of(a.Text));
        }

        [Fact]
        public void A_long_source_closed_by_its_comma_is_still_the_source()
        {
            ExtractedArticle a = Extracted.From("According to early results of the exit poll conducted by Harbor Research for the Ledger and three local television stations, the mayor won easily.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("the mayor won easily", q.Span.Of(a.Text));
        }

        [Theory]
        [InlineData("Bakers pay more. (According to the city council, flour prices doubled in May.)")]
        [InlineData("Bakers left the city after, according to the guild, flour prices doubled in May.")]
        public void According_to_after_a_bracket_or_a_subordinator_reports_the_clause_after_it(string text)
        {
            ExtractedArticle a = Extracted.From(text);
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("flour prices doubled in May", q.Span.Of(a.Text));
        }

        [Fact]
        public void A_short_quoted_name_inside_the_source_ends_no_phrase()
        {
            ExtractedArticle a = Extracted.From("The levy would raise $2 billion a year, according to the “Bread for all” plan the guild released.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("The levy would raise $2 billion a year", q.Span.Of(a.Text));
        }

        [Fact]
        public void A_slash_joins_two_names_of_one_source()
        {
            ExtractedArticle a = Extracted.From("According to a Harbor/Ridge survey, the two mayors are tied.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("the two mayors are tied", q.Span.Of(a.Text));
            Assert.Equal("a Harbor/Ridge survey", a.MentionOf(q));
        }

        [Fact]
        public void An_opening_bracket_closes_the_source()
        {
            ExtractedArticle a = Extracted.From("Bread prices rose by a third, according to a tally of bakeries (a rise seen nowhere else).");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("Bread prices rose by a third", q.Span.Of(a.Text));
            Assert.Equal("a tally of bakeries", a.MentionOf(q));
        }

        [Fact]
        public void Any_phrase_after_according_to_is_its_source()
        {
            ExtractedArticle a = Extracted.From("Bread prices rose by a third last year, according to a tally of bakeries in four provinces.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("Bread prices rose by a third last year", q.Span.Of(a.Text));
            Assert.Equal("a tally of bakeries in four provinces", a.MentionOf(q));
            Assert.Null(a.SpeakerOf(q));
        }

        [Fact]
        public void An_organisation_after_according_to_is_named_without_its_article()
        {
            ExtractedArticle a = Extracted.From("According to the Grain Exchange, bread prices rose by a third last year.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("bread prices rose by a third last year", q.Span.Of(a.Text));
            Assert.Equal("Grain Exchange", a.MentionOf(q));
        }

        [Fact]
        public void A_source_phrase_with_no_close_is_not_taken()
        {
            ExtractedArticle a = Extracted.From("Bread prices rose according to the bakers who sold more loaves than ever before in the four provinces they serve and beyond them too.");
            Assert.Empty(a.Quotes);
        }

        [Fact]
        public void An_according_to_aside_reports_the_sentence_around_it()
        {
            ExtractedArticle a = Extracted.From("The main cost, according to Jane Fairweather, was the new roof over the hall.");
            ExtractedQuote q = Assert.Single(a.Quotes);
            Assert.Equal("The main cost, according to Jane Fairweather, was the new roof over the hall", q.Span.Of(a.Text));
            Assert.Equal("Jane Fairweather", a.MentionOf(q));
        }

        [Fact]
        public void A_clause_after_an_according_to_aside_is_not_joined()
        {
            ExtractedArticle a = Extracted.From("The roof cost most, according to Jane Fairweather, and the hall cost the rest.");
            Assert.Equal("The roof cost most", Assert.Single(a.Quotes).Span.Of(a.Text));
        }
    }
}
