using System;
using System.Collections.Generic;

namespace CorpusGenerator
{
    /// <summary>
    /// One article compiled by CorpusGenerator: its text, structure, speakers and quotes.
    /// Generated code creates each article once, on first use, from data compiled into the assembly.
    /// </summary>
    public sealed class Article
    {
        private readonly List<Heading> headings = new List<Heading>();
        private readonly List<Paragraph> paragraphs = new List<Paragraph>();
        private readonly List<Speaker> speakers = new List<Speaker>();
        private readonly List<Quote> quotes = new List<Quote>();

        private Article(string className, string fileName, string text)
        {
            ClassName = className;
            FileName = fileName;
            Text = text;
        }

        /// <summary>The generated class's name (<c>RouhaniKadhimiCall</c>).</summary>
        public string ClassName { get; }

        /// <summary>The file the article was compiled from, relative to the project (<c>seeds/rouhani-kadhimi-call.txt</c>).</summary>
        public string FileName { get; }

        /// <summary>The article's whole text as read from the file; every <see cref="SourceSpan"/> indexes it.</summary>
        public string Text { get; }

        /// <summary>
        /// The title line, or null when the article has none. A first line that reads as a
        /// sentence is the first paragraph instead. A title that attributes speech
        /// ("Goldsmith: 'I was not leant on'") is the title and also the first paragraph, so that
        /// what it reports is a quote with a paragraph.
        /// </summary>
        public string? Title { get; private set; }

        /// <summary>The dateline's place (<c>TEHRAN</c>), or null.</summary>
        public string? Dateline { get; private set; }

        /// <summary>Section headings, in source order.</summary>
        public IReadOnlyList<Heading> Headings => headings;

        /// <summary>Body paragraphs, in source order.</summary>
        public IReadOnlyList<Paragraph> Paragraphs => paragraphs;

        /// <summary>The people and organisations the article quotes or names as sources.</summary>
        public IReadOnlyList<Speaker> Speakers => speakers;

        /// <summary>Every quote, in source order.</summary>
        public IReadOnlyList<Quote> Quotes => quotes;

        /// <summary>
        /// Builds an article from the data the generator compiled; generated code reaches it through
        /// <see cref="CompiledArticleGroup"/>, which slices one article's share out of a file's data.
        /// The layout of <paramref name="table"/> is the generator's, versioned by its first element.
        /// </summary>
        /// <param name="data">The article's text followed by the strings that are not part of it (names).</param>
        /// <param name="table">Offsets into the data: structure, speakers, mentions, quotes.</param>
        internal static Article FromCompiledData(string data, int[] table)
        {
            if (data is null) throw new ArgumentNullException(nameof(data));
            if (table is null) throw new ArgumentNullException(nameof(table));
            return FromCompiledData(data, 0, data.Length, table);
        }

        /// <summary>Builds an article from the <paramref name="length"/> characters of <paramref name="buffer"/> at <paramref name="offset"/> and its table.</summary>
        internal static Article FromCompiledData(string buffer, int offset, int length, int[] table) =>
            CompiledArticleReader.Read(buffer, offset, length, table, (name, file, text) => new Article(name, file, text));

        internal void SetTitle(string? title) => Title = title;

        internal void SetDateline(string? dateline) => Dateline = dateline;

        internal void Add(Heading heading) => headings.Add(heading);

        internal void Add(Paragraph paragraph) => paragraphs.Add(paragraph);

        internal void Add(Speaker speaker) => speakers.Add(speaker);

        internal void Add(Quote quote) => quotes.Add(quote);

        /// <inheritdoc />
        public override string ToString() => Title ?? ClassName;
    }
}
