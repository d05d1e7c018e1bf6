using System.Text;
using CorpusGenerator;
using CorpusGenerator.Emit;
using CorpusGenerator.Extraction;
using EngineQuoteKind = CorpusGenerator.Extraction.QuoteKind;
using QuoteKind = CorpusGenerator.QuoteKind;

namespace CorpusGenerator.Testing.Tests.Infrastructure
{
    /// <summary>
    /// Builds an <see cref="Article"/> from a text and what the generator would have found in it,
    /// through the generator's own table writer (<c>CompiledArticleTable</c>) and the runtime's reader. The snapshot format is tested on articles made here, so
    /// the tests do not change when the extraction engine finds other quotes in the seed.
    /// Every part is located by its first occurrence in the text, or its n-th as <c>"said#2"</c>.
    /// </summary>
    internal sealed class TestArticle
    {
        private readonly string text;
        private readonly List<(int Start, int Length)> headings = new();
        private readonly List<(int Start, int Length)> paragraphs = new();
        private readonly List<(string Name, string? Role, string[] Mentions)> speakers = new();
        private readonly List<(QuoteKind Kind, string Text, int Speaker, string? Mention, string? Cue, int Paragraph)> quotes = new();
        private string className = "TestNews";
        private string fileName = "articles/test-news.txt";
        private string? title;
        private string? dateline;

        public TestArticle(string text) => this.text = text;

        public TestArticle Named(string name, string file)
        {
            className = name;
            fileName = file;
            return this;
        }

        public TestArticle Title(string value)
        {
            title = value;
            return this;
        }

        public TestArticle Dateline(string value)
        {
            dateline = value;
            return this;
        }

        public TestArticle Heading(string value)
        {
            headings.Add(Find(value));
            return this;
        }

        /// <summary>A paragraph from the start of <paramref name="first"/> to the end of <paramref name="last"/>.</summary>
        public TestArticle Paragraph(string first, string last)
        {
            var start = Find(first).Start;
            var end = text.IndexOf(last, start, StringComparison.Ordinal) + last.Length;
            paragraphs.Add((start, end - start));
            return this;
        }

        public TestArticle Speaker(string name, string? role, params string[] mentions)
        {
            speakers.Add((name, role, mentions));
            return this;
        }

        /// <summary>A quote of speaker <paramref name="speaker"/> (-1: unknown) in paragraph <paramref name="paragraph"/> (0-based).</summary>
        public TestArticle Quote(QuoteKind kind, string quoted, int speaker, string? mention, string? cue, int paragraph)
        {
            quotes.Add((kind, quoted, speaker, mention, cue, paragraph));
            return this;
        }

        /// <summary>The article as the generator would compile it: its own table writer, then the runtime's reader.</summary>
        public Article Build()
        {
            var article = new ExtractedArticle(
                text,
                title is null ? null : Range(Find(title)),
                dateline is null ? null : Range(Find(dateline)),
                Ranges(headings),
                Ranges(paragraphs),
                new EquatableArray<ExtractedSpeaker>(speakers.Select(s => new ExtractedSpeaker(s.Name, s.Role, Ranges(s.Mentions.Select(Find)))).ToArray()),
                new EquatableArray<ExtractedQuote>(quotes.Select(q => new ExtractedQuote(
                    (EngineQuoteKind)(int)q.Kind,
                    Range(Find(q.Text)),
                    q.Speaker,
                    q.Mention is null ? null : Range(Find(q.Mention)),
                    q.Cue is null ? null : Range(Find(q.Cue)),
                    q.Paragraph)).ToArray()),
                EquatableArray<ArticleProblem>.Empty);
            CompiledArticleTable layout = CompiledArticleTable.Build(article, className, fileName);
            return Article.FromCompiledData(layout.Data, layout.Table.ToArray());
        }

        private static TextRange Range((int Start, int Length) part) => new TextRange(part.Start, part.Start + part.Length);

        private static EquatableArray<TextRange> Ranges(IEnumerable<(int Start, int Length)> parts) => new EquatableArray<TextRange>(parts.Select(Range).ToArray());

        private (int Start, int Length) Find(string part)
        {
            var occurrence = 1;
            var hash = part.LastIndexOf('#');
            if (hash > 0 && int.TryParse(part.AsSpan(hash + 1), out var nth))
            {
                occurrence = nth;
                part = part.Substring(0, hash);
            }

            var start = -1;
            for (var found = 0; found < occurrence; found++)
            {
                start = text.IndexOf(part, start + 1, StringComparison.Ordinal);
                if (start < 0) throw new ArgumentException("'" + part + "' is not " + occurrence + " times in the article's text.", nameof(part));
            }

            return (start, part.Length);
        }
    }
}
