using System.IO;
using CorpusGenerator.Diagnostics;
using CorpusGenerator.Extraction;
using CorpusGenerator.Reading;

namespace CorpusGenerator.Cli
{
    /// <summary>The readable form of an article's extraction: what the generated model will hold.</summary>
    internal static class SummaryReport
    {
        /// <summary>Longest quote text shown before it is cut with an ellipsis.</summary>
        private const int MaxQuoteChars = 160;

        public static void Write(TextWriter output, string fileName, string content, ArticleAnalysis analysis)
        {
            ExtractedArticle article = analysis.Article ?? ExtractionGuard.TextOnly(content);
            string text = article.Text;
            output.WriteLine("== " + fileName);
            if (article.Title is TextRange title) output.WriteLine("Title:    " + title.Of(text));
            if (article.Dateline is TextRange dateline) output.WriteLine("Dateline: " + dateline.Of(text));
            output.WriteLine("Paragraphs: " + article.Paragraphs.Count + ", headings: " + article.Headings.Count + ", quotes: " + article.Quotes.Count);
            foreach (TextRange heading in article.Headings) output.WriteLine("Heading:  " + heading.Of(text));

            output.WriteLine("Speakers:");
            foreach (ExtractedSpeaker speaker in article.Speakers)
            {
                output.WriteLine("  " + speaker.Name + (speaker.Role is null ? string.Empty : " (" + speaker.Role + ")") + ", " + speaker.Mentions.Count + " mention(s)");
            }

            var lines = new LineMap(text);
            output.WriteLine("Quotes:");
            foreach (ExtractedQuote quote in article.Quotes)
            {
                (int line, int column) = lines.Locate(quote.Span.Start);
                string speaker = quote.Speaker >= 0 ? article.Speakers[quote.Speaker].Name : "(unknown)";
                string cue = quote.Cue is TextRange c ? c.Of(text) : "-";
                output.WriteLine("  " + line + ":" + column + " " + quote.Kind + " " + speaker + " (" + cue + "): \"" + Shorten(quote.Span.Of(text)) + "\"");
            }

            foreach (ArticleFinding finding in analysis.Findings)
            {
                (int line, int column) = lines.Locate(finding.Span.Start);
                string severity = DiagnosticCatalog.Get(finding.Id).Level.ToString().ToLowerInvariant();
                output.WriteLine("  " + fileName + "(" + line + "," + column + "): " + severity + " " + finding.Id + ": " + finding.Message);
            }

            output.WriteLine();
        }

        private static string Shorten(string s)
        {
            s = s.Replace("\r", " ").Replace("\n", " ");
            return s.Length <= MaxQuoteChars ? s : s.Substring(0, MaxQuoteChars - 1) + "…";
        }
    }
}
