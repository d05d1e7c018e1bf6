using System.Text;
using CorpusGenerator.Emit;
using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Runtime
{
    /// <summary>
    /// The generator's table writer and the runtime's reader are two sides of one format: what one
    /// writes, the other reads back exactly, and a mismatch fails loudly instead of giving wrong offsets.
    /// </summary>
    public class CompiledArticleTests
    {
        private const string Text = "PARIS \u2014 Line one.\r\n\r\n\u201CQuoted,\u201D said Jean Dupont.\n\nLast line \U0001F600.";

        private static ExtractedArticle Sample()
        {
            int quoteStart = Text.IndexOf("Quoted", StringComparison.Ordinal);
            int name = Text.IndexOf("Jean Dupont", StringComparison.Ordinal);
            int cue = Text.IndexOf("said", StringComparison.Ordinal);
            int second = Text.IndexOf('\u201C');
            int last = Text.IndexOf("Last", StringComparison.Ordinal);
            return new ExtractedArticle(
                Text,
                Title: null,
                Dateline: new TextRange(0, 5),
                EquatableArray<TextRange>.Empty,
                new EquatableArray<TextRange>(new[] { new TextRange(0, 18), new TextRange(second, name + 11), new TextRange(last, Text.Length) }),
                new EquatableArray<ExtractedSpeaker>(new[] { new ExtractedSpeaker("Jean Dupont", "French spokesman", new EquatableArray<TextRange>(new[] { new TextRange(name, name + 11) })) }),
                new EquatableArray<ExtractedQuote>(new[] { new ExtractedQuote(CorpusGenerator.Extraction.QuoteKind.Direct, new TextRange(quoteStart, quoteStart + 7), 0, new TextRange(name, name + 11), new TextRange(cue, cue + 4), 1) }),
                EquatableArray<ArticleProblem>.Empty);
        }

        private static CorpusGenerator.Article RoundTrip(ExtractedArticle article, out CompiledArticleTable layout)
        {
            layout = CompiledArticleTable.Build(article, "ParisNews", "news/paris.txt");
            return CorpusGenerator.Article.FromCompiledData(layout.Data, layout.Table.ToArray());
        }

        [Fact]
        public void What_the_generator_writes_the_runtime_reads_back()
        {
            CorpusGenerator.Article article = RoundTrip(Sample(), out _);
            Assert.Equal(Text, article.Text);
            Assert.Equal("ParisNews", article.ClassName);
            Assert.Equal("news/paris.txt", article.FileName);
            Assert.Null(article.Title);
            Assert.Equal("PARIS", article.Dateline);
            Assert.Equal(3, article.Paragraphs.Count);
            var speaker = Assert.Single(article.Speakers);
            Assert.Equal("Jean Dupont", speaker.Name);
            Assert.Equal("French spokesman", speaker.Role);
            var quote = Assert.Single(article.Quotes);
            Assert.Equal("Quoted,", quote.Text);
            Assert.Same(speaker, quote.Speaker);
            Assert.Same(speaker.Mentions[0], quote.SpeakerMention);
            Assert.Equal("said", quote.Cue);
            Assert.Same(article.Paragraphs[1], quote.Paragraph);
            Assert.Equal(2, quote.Paragraph.Number);
            Assert.Same(quote, Assert.Single(speaker.Quotes));
        }

        [Fact]
        public void Lines_and_columns_count_crlf_as_one_break_and_are_one_based()
        {
            CorpusGenerator.Article article = RoundTrip(Sample(), out _);
            Quote quote = article.Quotes[0];
            Assert.Equal(3, quote.Span.Line);
            Assert.Equal(2, quote.Span.Column);
            Assert.Equal(1, article.Paragraphs[0].Span.Line);
            Assert.Equal(5, article.Paragraphs[2].Span.Line);
        }

        [Fact]
        public void Strings_not_in_the_text_are_stored_once_after_it()
        {
            RoundTrip(Sample(), out CompiledArticleTable layout);
            Assert.StartsWith(Text, layout.Data);
            Assert.Equal(Text + "ParisNewsnews/paris.txtFrench spokesman", layout.Data);
        }

        [Fact]
        public void A_table_of_another_format_version_fails_with_a_clear_message()
        {
            RoundTrip(Sample(), out CompiledArticleTable layout);
            int[] table = layout.Table.ToArray();
            table[0] = 99;
            var error = Assert.Throws<InvalidOperationException>(() => CorpusGenerator.Article.FromCompiledData(layout.Data, table));
            Assert.Contains("format 99", error.Message);
        }

        [Fact]
        public void Text_that_is_not_the_counted_length_is_refused()
        {
            RoundTrip(Sample(), out CompiledArticleTable layout);
            string shorter = layout.Data.Substring(1);
            Assert.Throws<InvalidOperationException>(() => CorpusGenerator.Article.FromCompiledData(shorter, layout.Table.ToArray()));
        }

        [Fact]
        public void A_table_pointing_past_its_article_into_the_next_one_is_refused()
        {
            // In a group the next article's data follows this one's: an offset past this article's
            // share must fail, not read the neighbour's text.
            RoundTrip(Sample(), out CompiledArticleTable layout);
            int[] table = layout.Table.ToArray();
            table[3] = layout.Data.Length; // the class name's start, just past the article's data
            string group = layout.Data + "The next article.";
            var error = Assert.Throws<InvalidOperationException>(() => CorpusGenerator.Article.FromCompiledData(group, 0, layout.Data.Length, table));
            Assert.Contains("outside its article's data", error.Message);
        }

        [Fact]
        public void A_person_joins_appearances_and_their_quotes()
        {
            CorpusGenerator.Article first = RoundTrip(Sample(), out _), second = RoundTrip(Sample(), out _);
            var person = new Person(first.Speakers[0], second.Speakers[0]);
            Assert.Equal("Jean Dupont", person.Name);
            Assert.Equal(2, person.Appearances.Count);
            Assert.Equal(2, person.Quotes.Count);
            Assert.Throws<ArgumentException>(() => new Person());
        }
    }
}
