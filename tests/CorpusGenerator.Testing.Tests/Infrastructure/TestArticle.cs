using System.Text;
using CorpusGenerator;

namespace CorpusGenerator.Testing.Tests.Infrastructure
{
    /// <summary>
    /// Builds an <see cref="Article"/> from a text and what the generator would have found in it,
    /// through the runtime's public entry point and the table layout documented on
    /// <see cref="CompiledArticleFormat"/>. The snapshot format is tested on articles made here, so
    /// the tests do not change when the extraction engine finds other quotes in the seed.
    /// Every part is located by its first occurrence in the text, or its n-th as <c>"said#2"</c>.
    /// </summary>
    internal sealed class TestArticle
    {
        private readonly string text;
        private readonly StringBuilder extra = new();
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

        public Article Build()
        {
            var table = new List<int> { CompiledArticleFormat.Version, text.Length, 0 };
            AddString(table, className);
            AddString(table, fileName);
            AddString(table, title);
            AddString(table, dateline);
            AddRanges(table, headings);
            AddRanges(table, paragraphs);
            table.Add(speakers.Count);
            foreach (var (name, role, mentions) in speakers)
            {
                AddString(table, name);
                AddString(table, role);
                AddRanges(table, mentions.Select(Find).ToList());
            }

            table.Add(quotes.Count);
            foreach (var quote in quotes)
            {
                table.Add((int)quote.Kind);
                AddRange(table, Find(quote.Text));
                table.Add(quote.Speaker);
                AddRange(table, quote.Mention is null ? (-1, 0) : Find(quote.Mention));
                AddRange(table, quote.Cue is null ? (-1, 0) : Find(quote.Cue));
                table.Add(quote.Paragraph);
            }

            var data = text + extra;
            table[2] = data.Length;
            return Article.FromCompiledData(Encoding.UTF8.GetBytes(data), table.ToArray());
        }

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

        /// <summary>Strings that need not be in the text (names, roles) are stored after it, as the generator does.</summary>
        private void AddString(List<int> table, string? value)
        {
            if (value is null)
            {
                AddRange(table, (-1, 0));
                return;
            }

            AddRange(table, (text.Length + extra.Length, value.Length));
            extra.Append(value);
        }

        private static void AddRanges(List<int> table, IReadOnlyList<(int Start, int Length)> ranges)
        {
            table.Add(ranges.Count);
            foreach (var range in ranges) AddRange(table, range);
        }

        private static void AddRange(List<int> table, (int Start, int Length) range)
        {
            table.Add(range.Start);
            table.Add(range.Length);
        }
    }
}
