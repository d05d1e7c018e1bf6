using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using CorpusGenerator.Diagnostics;
using CorpusGenerator.Extraction;
using CorpusGenerator.Reading;

namespace CorpusGenerator.Cli
{
    /// <summary>
    /// Writes articles as the JSON array score.py reads (see the corpus README): structure,
    /// speakers, quotes with 1-based paragraphs, diagnostics with 1-based lines and columns.
    /// </summary>
    internal sealed class JsonReport : System.IDisposable
    {
        private readonly Utf8JsonWriter writer;

        public JsonReport(Stream output)
        {
            writer = new Utf8JsonWriter(output, new JsonWriterOptions
            {
                Indented = true,
                Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            });
            writer.WriteStartArray();
        }

        public void Write(string fileName, string content, ArticleAnalysis analysis)
        {
            // An article the analysis refused (binary, too large) is written with its diagnostics only.
            ExtractedArticle article = analysis.Article ?? ExtractionGuard.TextOnly(content);
            string text = article.Text;
            writer.WriteStartObject();
            writer.WriteString("file", fileName);
            WriteText("title", text, article.Title);
            WriteText("dateline", text, article.Dateline);
            writer.WriteStartArray("headings");
            foreach (TextRange heading in article.Headings) WriteRange(text, heading);
            writer.WriteEndArray();

            writer.WriteStartArray("paragraphs");
            foreach (TextRange paragraph in article.Paragraphs)
            {
                writer.WriteStartObject();
                writer.WriteNumber("start", paragraph.Start);
                writer.WriteNumber("end", paragraph.End);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();

            writer.WriteStartArray("speakers");
            foreach (ExtractedSpeaker speaker in article.Speakers)
            {
                writer.WriteStartObject();
                writer.WriteString("name", speaker.Name);
                if (speaker.Role is null) writer.WriteNull("role");
                else writer.WriteString("role", speaker.Role);
                writer.WriteStartArray("mentions");
                foreach (TextRange mention in speaker.Mentions) WriteRange(text, mention);
                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();

            writer.WriteStartArray("quotes");
            foreach (ExtractedQuote quote in article.Quotes) WriteQuote(article, quote);
            writer.WriteEndArray();

            writer.WriteStartArray("diagnostics");
            var lines = new LineMap(text);
            foreach (ArticleFinding finding in analysis.Findings)
            {
                (int line, int column) = lines.Locate(finding.Span.Start);
                writer.WriteStartObject();
                writer.WriteString("id", finding.Id);
                writer.WriteString("severity", DiagnosticCatalog.Get(finding.Id).Level.ToString().ToLowerInvariant());
                writer.WriteString("message", finding.Message);
                writer.WriteNumber("line", line);
                writer.WriteNumber("column", column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        private void WriteQuote(ExtractedArticle article, ExtractedQuote quote)
        {
            string text = article.Text;
            writer.WriteStartObject();
            writer.WriteString("kind", quote.Kind.ToString().ToLowerInvariant());
            writer.WriteNumber("start", quote.Span.Start);
            writer.WriteNumber("end", quote.Span.End);
            writer.WriteString("text", quote.Span.Of(text));
            if (quote.Speaker >= 0) writer.WriteString("speaker", article.Speakers[quote.Speaker].Name);
            else writer.WriteNull("speaker");
            if (quote.SpeakerMention is TextRange mention)
            {
                writer.WritePropertyName("speakerMention");
                WriteRange(text, mention);
            }
            else
            {
                writer.WriteNull("speakerMention");
            }

            if (quote.Cue is TextRange cue)
            {
                writer.WriteString("cue", cue.Of(text));
                writer.WriteNumber("cueStart", cue.Start);
                writer.WriteNumber("cueEnd", cue.End);
            }
            else
            {
                writer.WriteNull("cue");
                writer.WriteNull("cueStart");
                writer.WriteNull("cueEnd");
            }

            writer.WriteNumber("paragraph", quote.Paragraph + 1);
            writer.WriteEndObject();
        }

        private void WriteText(string name, string text, TextRange? range)
        {
            if (range is TextRange r) writer.WriteString(name, r.Of(text));
            else writer.WriteNull(name);
        }

        private void WriteRange(string text, TextRange range)
        {
            writer.WriteStartObject();
            writer.WriteString("text", range.Of(text));
            writer.WriteNumber("start", range.Start);
            writer.WriteNumber("end", range.End);
            writer.WriteEndObject();
        }

        public void Dispose()
        {
            writer.WriteEndArray();
            writer.Flush();
            writer.Dispose();
        }
    }
}
