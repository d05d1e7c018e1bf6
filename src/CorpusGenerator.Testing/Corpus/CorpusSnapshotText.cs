using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace CorpusGenerator.Testing
{
    /// <summary>
    /// The text <see cref="CorpusSnapshot"/> verifies: what the generator made of each article, laid
    /// out for a code review. One fact per line (one quote, one speaker's role, one speaker's
    /// mentions), so that changing one word of one quote changes exactly one line of the snapshot.
    /// </summary>
    /// <remarks>
    /// Positions are 1-based <c>line:column</c> of the article file. A word changed inside a quote
    /// moves nothing else, since a quote's position is where it starts; it shifts the column of a
    /// later quote on the same source line, and mentions show their line only for that reason. A
    /// line inserted into or removed from an article shifts every later line number: those lines
    /// change in the snapshot too, which a reviewer sees as positions moving, not as new quotes.
    /// Fixed-width padding (never the widest value's width) keeps one long value from realigning
    /// other lines.
    /// </remarks>
    public static class CorpusSnapshotText
    {
        const string None = "(none)";
        const string UnknownSpeaker = "(unknown)";
        const int PositionWidth = 9;
        const int KindWidth = 10;

        /// <summary>Writes one article.</summary>
        /// <param name="article">An article compiled by CorpusGenerator.</param>
        public static string Write(Article article) =>
            Write(new[] { article ?? throw new ArgumentNullException(nameof(article)) });

        /// <summary>
        /// Writes articles ordered by class name (then file name), whatever order they come in, with
        /// a blank line between two articles. Ends with a newline.
        /// </summary>
        /// <param name="articles">Articles compiled by CorpusGenerator, for example <c>Articles.All</c>.</param>
        public static string Write(IEnumerable<Article> articles)
        {
            if (articles is null)
            {
                throw new ArgumentNullException(nameof(articles));
            }

            var ordered = articles
                .Select(article => article ?? throw new ArgumentException("An article list cannot contain null.", nameof(articles)))
                .OrderBy(article => article.ClassName, StringComparer.Ordinal)
                .ThenBy(article => article.FileName, StringComparer.Ordinal)
                .ToList();
            if (ordered.Count == 0)
            {
                return "No articles.\n";
            }

            var builder = new StringBuilder();
            for (var index = 0; index < ordered.Count; index++)
            {
                if (index > 0)
                {
                    builder.Append('\n');
                }

                WriteArticle(builder, ordered[index]);
            }

            return builder.ToString();
        }

        static void WriteArticle(StringBuilder builder, Article article)
        {
            Line(builder, 0, "Articles." + article.ClassName);
            Line(builder, 1, "File: " + OneLineText.Escape(article.FileName));
            Line(builder, 1, "Title: " + Optional(article.Title));
            Line(builder, 1, "Dateline: " + Optional(article.Dateline));
            WriteHeadings(builder, article.Headings);
            Line(builder, 1, "Paragraphs: " + article.Paragraphs.Count.ToString(CultureInfo.InvariantCulture));
            WriteSpeakers(builder, article.Speakers);
            WriteQuotes(builder, article.Quotes);
        }

        static void WriteHeadings(StringBuilder builder, IReadOnlyList<Heading> headings)
        {
            if (headings.Count == 0)
            {
                Line(builder, 1, "Headings: " + None);
                return;
            }

            Line(builder, 1, "Headings:");
            foreach (var heading in headings.OrderBy(heading => heading.Span.Start))
            {
                Line(builder, 2, "line " + Number(heading.Span.Line) + ": " + OneLineText.Escape(heading.Text));
            }
        }

        static void WriteSpeakers(StringBuilder builder, IReadOnlyList<Speaker> speakers)
        {
            if (speakers.Count == 0)
            {
                Line(builder, 1, "Speakers: " + None);
                return;
            }

            // The article's order (the generator's, stable for a given text): sorting by name would
            // hide a change in whom the engine finds first, which is part of what it made of the text.
            Line(builder, 1, "Speakers:");
            foreach (var speaker in speakers)
            {
                Line(builder, 2, OneLineText.Escape(speaker.Name));
                Line(builder, 3, "Role: " + Optional(speaker.Role));
                Line(builder, 3, "Mentions: " + Mentions(speaker.Mentions));
            }
        }

        /// <summary>
        /// Every mention with its line only: a column would change whenever a word earlier on the
        /// same line changed length, and a speaker's line must not change for an edit to a quote.
        /// </summary>
        static string Mentions(IReadOnlyList<Mention> mentions) =>
            mentions.Count == 0
                ? None
                : string.Join(", ", mentions
                    .OrderBy(mention => mention.Span.Start)
                    .Select(mention => OneLineText.Escape(mention.Text) + " (line " + Number(mention.Span.Line) + ")"));

        static void WriteQuotes(StringBuilder builder, IReadOnlyList<Quote> quotes)
        {
            if (quotes.Count == 0)
            {
                Line(builder, 1, "Quotes: " + None);
                return;
            }

            Line(builder, 1, "Quotes:");
            foreach (var quote in quotes.OrderBy(quote => quote.Span.Start).ThenBy(quote => quote.Index))
            {
                Line(builder, 2, QuoteLine(quote));
            }
        }

        /// <summary><c>line:column  Kind  Speaker (cue): "text"</c>, the quote's text escaped onto one line.</summary>
        static string QuoteLine(Quote quote)
        {
            var position = Number(quote.Span.Line) + ":" + Number(quote.Span.Column);
            var speaker = quote.Speaker is null ? UnknownSpeaker : OneLineText.Escape(quote.Speaker.Name);
            var cue = quote.Cue is null ? string.Empty : " (" + OneLineText.Escape(quote.Cue) + ")";
            return position.PadRight(PositionWidth)
                + quote.Kind.ToString().PadRight(KindWidth)
                + speaker + cue + ": \"" + OneLineText.Escape(quote.Text) + "\"";
        }

        static string Optional(string? value) => value is null ? None : OneLineText.Escape(value);

        static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        static void Line(StringBuilder builder, int depth, string text) =>
            builder.Append(' ', depth * 2).Append(text).Append('\n');
    }
}
