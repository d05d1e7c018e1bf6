using System.Linq;
using CorpusGenerator.Diagnostics;
using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    // The runtime library has a QuoteKind too (CorpusGenerator.QuoteKind); these tests mean the engine's.
    using QuoteKind = CorpusGenerator.Extraction.QuoteKind;

    /// <summary>How quotation marks are paired: glyphs, apostrophes, nesting, paragraphs, strays.</summary>
    public class QuotationMarkTests
    {
        [Theory]
        [InlineData("Smith said, \"We will win the vote.\"", "We will win the vote.")]
        [InlineData("Smith said, “We will win the vote.”", "We will win the vote.")]
        [InlineData("Smith said, \"We will win the vote.”", "We will win the vote.")]
        [InlineData("Smith said, “We will win the vote.\"", "We will win the vote.")]
        public void Straight_curly_and_mismatched_marks_pair_and_the_quote_is_inside_them(string text, string quote)
        {
            ExtractedArticle article = Extracted.From(text);
            Assert.Equal(new[] { quote }, article.QuoteTexts());
            Assert.Equal(QuoteKind.Direct, article.Quotes[0].Kind);
            Assert.Empty(article.Problems);
        }

        [Fact]
        public void Apostrophes_do_not_open_quotes()
        {
            ExtractedArticle article = Extracted.From("“Jones' plan was born in the '90s and it don’t work,” said Smith, a spokesman.");
            ExtractedQuote quote = Assert.Single(article.Quotes);
            Assert.Equal("Jones' plan was born in the '90s and it don’t work,", quote.Span.Of(article.Text));
            Assert.Empty(article.Problems);
        }

        [Fact]
        public void Single_quotes_nested_in_double_quotes_stay_inside()
        {
            ExtractedArticle article = Extracted.From("“They say, ‘the cupboards are bare,’ every time,” Telford said.");
            Assert.Equal("They say, ‘the cupboards are bare,’ every time,", Assert.Single(article.Quotes).Span.Of(article.Text));
        }

        [Fact]
        public void Single_quotes_can_quote_speech()
        {
            ExtractedArticle article = Extracted.From("'We will fight this all the way,' the minister said.");
            ExtractedQuote quote = Assert.Single(article.Quotes);
            Assert.Equal("We will fight this all the way,", quote.Span.Of(article.Text));
        }

        [Fact]
        public void A_quote_reopened_on_each_paragraph_is_one_quote()
        {
            string text = "Jane Doe said: “The first part of the statement goes here.\n\n“The second part goes on and ends here.”\n\nOther news followed.";
            ExtractedArticle article = Extracted.From(text);
            ExtractedQuote quote = Assert.Single(article.Quotes);
            Assert.Equal(text.IndexOf('“') + 1, quote.Span.Start);
            Assert.Equal(text.IndexOf('”'), quote.Span.End);
            Assert.Equal("Jane Doe", article.SpeakerOf(quote));
            Assert.Empty(article.Problems);
        }

        [Fact]
        public void A_quote_reopened_after_a_full_sentence_on_the_same_line_is_one_quote()
        {
            // Text whose paragraph breaks were lost (the BBC corpus) keeps the re-opening mark inline.
            string text = "Tony Blair said: \"I want to talk about prosperity for all. \"By prosperity I mean income and security.\"\n\nOther news followed.";
            ExtractedArticle article = Extracted.From(text);
            ExtractedQuote quote = Assert.Single(article.Quotes);
            Assert.Equal(text.IndexOf('"') + 1, quote.Span.Start);
            Assert.Equal(text.LastIndexOf('"'), quote.Span.End);
            Assert.Equal("Tony Blair", article.SpeakerOf(quote));
            Assert.Empty(article.Problems);
        }

        [Theory]
        [InlineData("Smith said, \"We will win the vote \"and the next one.\"")]
        [InlineData("Smith said, \u201CWe will win the vote. \u201C Jones left.")]
        public void A_mark_that_does_not_continue_a_finished_sentence_on_its_line_still_reports_the_unclosed_one(string text)
        {
            ExtractedArticle article = Extracted.From(text);
            int first = text.IndexOfAny(new[] { '"', '\u201C' });
            Assert.Contains(article.Problems, p => p.Id == DiagnosticIds.UnclosedQuotation && p.Span.Start == first);
        }

        [Fact]
        public void Unclosed_mark_is_reported_at_the_mark_and_bounded_at_its_paragraph()
        {
            string text = "Smith said, “This never closes.\n\nThe next paragraph is ordinary prose, Jones said.";
            ExtractedArticle article = Extracted.From(text);
            ArticleProblem problem = Assert.Single(article.Problems, p => p.Id == DiagnosticIds.UnclosedQuotation);
            Assert.Equal(new TextRange(12, 13), problem.Span);
            Assert.All(article.Quotes, q => Assert.True(q.Span.End <= text.IndexOf("\n\n", System.StringComparison.Ordinal) || q.Span.Start > text.IndexOf("\n\n", System.StringComparison.Ordinal)));
            Assert.Contains(article.Quotes, q => q.Span.Of(text).StartsWith("The next paragraph", System.StringComparison.Ordinal));
        }

        [Fact]
        public void Scare_quotes_and_titles_are_not_speech()
        {
            ExtractedArticle article = Extracted.From("The so-called “deal of the century” was discussed at the screening of “Titanic” last week.");
            Assert.Empty(article.Quotes);
        }

        [Fact]
        public void Quote_split_around_its_attribution_is_one_quote()
        {
            string text = "“We tried,” he said, “and we failed.”";
            ExtractedArticle article = Extracted.From("Mark Jones was there.\n\n" + text);
            ExtractedQuote quote = Assert.Single(article.Quotes);
            Assert.Equal(text.Substring(1, text.Length - 2), quote.Span.Of(article.Text));
            Assert.Equal("Mark Jones", article.SpeakerOf(quote));
        }

        [Theory]
        [InlineData("“Every time you say that,” Tester said, referring to the excuse, “you give ammunition to the critics.”")]
        [InlineData("\"I think the host will be very fair,\" Tester said during a rally in Kenansville, N.C., \"but a lot of people will be watching.\"")]
        [InlineData("\"You know, I love Larry,\" Tester said, but \"when it comes to energy, Larry has a history.\"")]
        public void Quote_resumed_in_lower_case_after_a_longer_attribution_is_one_quote(string text)
        {
            ExtractedArticle article = Extracted.From("Jon Tester was there.\n\n" + text);
            ExtractedQuote quote = Assert.Single(article.Quotes);
            Assert.Equal(text.Substring(1, text.Length - 2), quote.Span.Of(article.Text));
            Assert.Equal("Tester", article.MentionOf(quote));
        }

        [Fact]
        public void Quote_after_an_attribution_that_starts_a_new_sentence_in_capitals_stays_apart()
        {
            ExtractedArticle article = Extracted.From("Jon Tester was there.\n\n“Every time you say that,” Tester said, referring to the excuse, “You give ammunition to the critics.”");
            Assert.Equal("Every time you say that,", Assert.Single(article.Quotes).Span.Of(article.Text));
        }

        [Fact]
        public void A_reversed_mark_opening_a_paragraph_still_opens_the_quote()
        {
            ExtractedArticle article = Extracted.From("Mark Barabak covered the debate.\n\n\u201d \u2026 he delivered a mix of orthodoxy and rejoinders,\u201d Barabak wrote.");
            ExtractedQuote quote = Assert.Single(article.Quotes);
            Assert.Equal("\u2026 he delivered a mix of orthodoxy and rejoinders,", quote.Span.Of(article.Text).Trim());
            Assert.Equal("Barabak", article.MentionOf(quote));
        }

        [Fact]
        public void A_lower_case_quote_after_a_parenthetical_cue_finishes_the_sentence_begun_before_it()
        {
            ExtractedArticle article = Extracted.From("David Axelrod was there.\n\nIf Clinton is elected, Axelrod said, \"she might be going back and forth.\"");
            ExtractedQuote quote = Assert.Single(article.Quotes);
            Assert.Equal("If Clinton is elected, Axelrod said, \"she might be going back and forth.\"", quote.Span.Of(article.Text));
            Assert.Equal(QuoteKind.Mixed, quote.Kind);

            ExtractedArticle capital = Extracted.From("David Axelrod was there.\n\nAsked about the plan, Axelrod said, \"It might be going back and forth.\"");
            Assert.Equal("It might be going back and forth.", capital.Quote("It might be").Span.Of(capital.Text));
        }

        [Fact]
        public void Typewriter_double_apostrophes_are_a_double_mark()
        {
            ExtractedArticle article = Extracted.From("''It's more tinkering at the edges,'' said Alan Cole, an economist at the foundation.");
            ExtractedQuote quote = Assert.Single(article.Quotes);
            Assert.Equal("It's more tinkering at the edges,", quote.Span.Of(article.Text));
            Assert.Equal(QuoteKind.Direct, quote.Kind);
            Assert.Equal("Alan Cole", article.SpeakerOf(quote));
        }
    }
}
