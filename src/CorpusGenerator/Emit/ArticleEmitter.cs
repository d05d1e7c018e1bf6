using System.Collections.Generic;
using System.Globalization;
using CorpusGenerator.Extraction;

namespace CorpusGenerator.Emit
{
    /// <summary>
    /// Writes the C# for one article: its class, with the typed speakers, and its compiled data
    /// (text and offset table) for the group's data string. Depends on this article alone, so an edit to one
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
            // No [GeneratedCode] here: the containing Articles class carries it (Articles.g.cs), and
            // binding the attribute on each of thousands of nested classes cost the compiler about
            // a seventh of its time on the generated code (docs/performance.md).
            head.Open("public static class " + className);
            head.Doc("summary", "The article: its text, title, dateline, paragraphs, speakers and quotes.");

            // The article itself is built by the group's one build method (ArticleGroupEmitter), not
            // here: across thousands of articles every generated method costs compile, analyzer and
            // JIT time, and Articles.All then reaches no per-article code (docs/performance.md).
            var body = new SourceWriter(ClassDepth + 1);
            body.Line();
            body.Doc("summary", "The article's speakers: a typed property each, and all of them by enumeration.");
            body.Line("public static SpeakerSet Speakers { get; } = new SpeakerSet(Article);");
            body.Line();
            WriteSpeakerSet(body, article, className, speakerMembers);
            body.Close();

            return Code(className, head.ToString(), body.ToString(), CompiledArticleTable.Build(article, className, relativePath));
        }

        private static void WriteSpeakerSet(SourceWriter writer, ExtractedArticle article, string className, IReadOnlyList<string> speakerMembers)
        {
            writer.Doc("summary", "The speakers of <see cref=\"" + className + "\"/>, one typed property each.");
            writer.Open("public sealed class SpeakerSet : global::CorpusGenerator.SpeakerCollection");
            writer.Line("internal SpeakerSet(global::CorpusGenerator.Article article) : base(article) { }");
            for (int i = 0; i < article.Speakers.Count; i++)
            {
                ExtractedSpeaker speaker = article.Speakers[i];
                writer.Line();
                writer.Doc("summary", CSharpText.DocText(speaker.Role is null ? speaker.Name : speaker.Name + ", " + speaker.Role + "."));
                writer.Doc("remarks", CSharpText.DocText(SpeakerRemarks(article, i), 400));
                writer.Line("public global::CorpusGenerator.Speaker " + speakerMembers[i] + " => this[" + i.ToString(CultureInfo.InvariantCulture) + "];");
            }

            writer.Close();
        }

        private static ArticleCode Code(string className, string head, string body, CompiledArticleTable layout)
        {
            // The text and the packed table, one after the other, in the group's one data string:
            // the compiler's cost is per literal far more than per character, so one per file rather
            // than two per article (docs/performance.md measures it).
            string table = PackedTable.Pack(layout.Table);
            return new ArticleCode(className, head, body, CSharpText.AttributeStringBody(layout.Data) + table, layout.Data.Length, table.Length);
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
