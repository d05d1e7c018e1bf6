using System;
using System.Collections.Generic;
using System.Text;
using CorpusGenerator.Extraction;

namespace CorpusGenerator.Emit
{
    /// <summary>
    /// Lays an extracted article out as the runtime library reads it (CompiledArticleFormat in
    /// CorpusGenerator.Runtime): one string of data, the article's text followed by the few strings
    /// that are not part of it, and a table of integers indexing that string. Offsets instead of
    /// objects keep the generated code small and fast to compile at any corpus size.
    /// </summary>
    internal sealed class CompiledArticleTable
    {
        /// <summary>The table layout written; the runtime refuses any other.</summary>
        public const int FormatVersion = 1;

        private readonly string text;
        private readonly StringBuilder extras = new StringBuilder();
        private readonly Dictionary<string, int> extraOffsets = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly List<int> table = new List<int>();

        private CompiledArticleTable(string text) => this.text = text;

        /// <summary>The article's text and the extra strings, to be stored as UTF-8.</summary>
        public string Data { get; private set; } = string.Empty;

        /// <summary>The integer table.</summary>
        public IReadOnlyList<int> Table => table;

        public static CompiledArticleTable Build(ExtractedArticle article, string className, string relativePath)
        {
            var layout = new CompiledArticleTable(article.Text);
            layout.Write(article, className, relativePath);
            return layout;
        }

        private void Write(ExtractedArticle article, string className, string relativePath)
        {
            var body = new List<int>();
            body.AddRange(StringRef(className));
            body.AddRange(StringRef(relativePath));
            body.AddRange(RangeRef(article.Title));
            body.AddRange(RangeRef(article.Dateline));
            AddRanges(body, article.Headings);
            AddRanges(body, article.Paragraphs);

            body.Add(article.Speakers.Count);
            foreach (ExtractedSpeaker speaker in article.Speakers)
            {
                body.AddRange(StringRef(speaker.Name));
                body.AddRange(speaker.Role is null ? None : StringRef(speaker.Role));
                AddRanges(body, speaker.Mentions);
            }

            body.Add(article.Quotes.Count);
            foreach (ExtractedQuote quote in article.Quotes)
            {
                body.Add((int)quote.Kind);
                body.AddRange(RangeRef(quote.Span));
                body.Add(quote.Speaker);
                body.AddRange(RangeRef(quote.SpeakerMention));
                body.AddRange(RangeRef(quote.Cue));
                body.Add(quote.Paragraph);
            }

            Data = text + extras.ToString();
            table.Add(FormatVersion);
            table.Add(text.Length);
            table.Add(Data.Length);
            table.AddRange(body);
        }

        private static readonly int[] None = { -1, 0 };

        private static int[] RangeRef(TextRange? range) => range is TextRange r ? new[] { r.Start, r.Length } : None;

        private static void AddRanges(List<int> body, EquatableArray<TextRange> ranges)
        {
            body.Add(ranges.Count);
            foreach (TextRange range in ranges)
            {
                body.Add(range.Start);
                body.Add(range.Length);
            }
        }

        /// <summary>A string found in the text where it is written there, else appended once after it.</summary>
        private int[] StringRef(string value)
        {
            int inText = value.Length == 0 ? 0 : text.IndexOf(value, StringComparison.Ordinal);
            if (inText >= 0) return new[] { inText, value.Length };
            if (!extraOffsets.TryGetValue(value, out int offset))
            {
                offset = text.Length + extras.Length;
                extraOffsets.Add(value, offset);
                extras.Append(value);
            }

            return new[] { offset, value.Length };
        }
    }
}
