using System.Collections.Generic;
using System.Globalization;
using CorpusGenerator.Extraction;

namespace CorpusGenerator.Emit
{
    /// <summary>
    /// Writes the C# for one article: its class, with a typed field per speaker, and its compiled
    /// data (text and offset table) for the group's data string. Depends on this article alone, so an edit to one
    /// file re-emits one article; <see cref="ArticleGroupEmitter"/> then puts it in its group's file.
    /// </summary>
    internal static class ArticleEmitter
    {
        /// <summary>Depth of an article class in a group file: inside the namespace and <c>Articles</c>.</summary>
        public const int ClassDepth = 2;

        public static ArticleCode Emit(ExtractedArticle article, string className, string relativePath, IReadOnlyList<string> speakerMembers)
        {
            var head = new SourceWriter(ClassDepth);
            head.Doc("summary", CSharpText.DocText(Summary(article)));
            head.Doc("remarks", "Compiled from <c>" + CSharpText.DocText(relativePath, 400) + "</c>: " + Counts(article) + ".");

            // Only fields and an empty constructor: Article and Speakers, and everything else with
            // a body, are inherited from CompiledArticle<T>, compiled once in the runtime library.
            // Across thousands of articles each generated member body cost the compiler and the
            // analyzers binding, flow analysis and IL: this shape cut csc's CPU on the generated code
            // from about 7.0 s to 3.9 s for the BBC corpus (docs/performance.md). No [GeneratedCode] here either: the containing
            // Articles class carries it (Articles.g.cs).
            var body = new SourceWriter(ClassDepth);
            body.Open("public sealed class " + className + " : global::CorpusGenerator.CompiledArticle<" + className + ">");
            body.Line("private " + className + "() { }");
            for (int i = 0; i < article.Speakers.Count; i++)
            {
                ExtractedSpeaker speaker = article.Speakers[i];
                body.Line();
                body.Doc("summary", CSharpText.DocText(speaker.Role is null ? speaker.Name : speaker.Name + ", " + speaker.Role + "."));
                body.Doc("remarks", CSharpText.DocText(SpeakerRemarks(article, i), 400));
                body.Line("public readonly global::CorpusGenerator.Speaker " + speakerMembers[i] + ";");
            }

            body.Close();
            return Code(className, head.ToString(), body.ToString(), string.Join(" ", speakerMembers), CompiledArticleTable.Build(article, className, relativePath));
        }

        private static ArticleCode Code(string className, string head, string body, string speakerFields, CompiledArticleTable layout)
        {
            // The text and the packed table, one after the other, in the group's one data string:
            // the compiler's cost is per literal far more than per character, so one per file rather
            // than two per article (docs/performance.md measures it).
            string table = PackedTable.Pack(layout.Table);
            return new ArticleCode(className, head, body, speakerFields, CSharpText.AttributeStringBody(layout.Data) + table, layout.Data.Length, table.Length);
        }

        private static string Summary(ExtractedArticle article)
        {
            if (article.Title is TextRange title) return title.Of(article.Text);
            return article.Paragraphs.Count > 0 ? article.Paragraphs[0].Of(article.Text) : "An article with no body text.";
        }

        private static string Counts(ExtractedArticle article) =>
            Count(article.Paragraphs.Count, "paragraph") + ", " + Count(article.Speakers.Count, "speaker") + ", " + Count(article.Quotes.Count, "quote");

        private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");

        private static string SpeakerRemarks(ExtractedArticle article, int speaker)
        {
            int quoted = 0;
            string? first = null;
            foreach (ExtractedQuote quote in article.Quotes)
            {
                if (quote.Speaker != speaker) continue;
                quoted++;
                first ??= quote.Span.Of(article.Text);
            }

            return quoted == 0
                ? "Mentioned " + Count(article.Speakers[speaker].Mentions.Count, "time") + ", not quoted."
                : "Quoted " + Count(quoted, "time") + "; first: \u201C" + first + "\u201D";
        }
    }
}
