using CorpusGenerator;

namespace CorpusGenerator.Testing.Tests.Infrastructure
{
    /// <summary>Small articles with known quotes, written for these tests (never the seed's quotes).</summary>
    internal static class SampleArticles
    {
        public const string ParisText =
            "PARIS \u2014 Jean Dupont met Anna Berg on Monday.\n" +
            "\n" +
            "Dupont said, \"We agree on the plan.\" Berg added, \"So do we.\"\n" +
            "\n" +
            "Talks\n" +
            "\n" +
            "She said the talks would go on.\n";

        /// <summary>The Paris article, with <paramref name="edit"/> applied to its text first.</summary>
        public static Article Paris(Func<string, string>? edit = null)
        {
            var text = (edit ?? (value => value))(ParisText);
            var firstQuote = text.Substring(text.IndexOf("\"We", StringComparison.Ordinal) + 1).Split('"')[0];
            return new TestArticle(text)
                .Named("ParisTalks", "articles/paris-talks.txt")
                .Dateline("PARIS")
                .Heading("Talks")
                .Paragraph("PARIS", "Monday.")
                .Paragraph("Dupont said", "So do we.\"")
                .Paragraph("She said", "go on.")
                .Speaker("Jean Dupont", "French minister", "Jean Dupont", "Dupont#2")
                .Speaker("Anna Berg", null, "Anna Berg", "Berg#2", "She")
                .Quote(QuoteKind.Direct, firstQuote, 0, "Dupont#2", "said", 1)
                .Quote(QuoteKind.Direct, "So do we.", 1, "Berg#2", "added", 1)
                .Quote(QuoteKind.Indirect, "the talks would go on", 1, "She", "said#2", 2)
                .Build();
        }

        /// <summary>An article with nothing found in it but its text.</summary>
        public static Article Empty(string className = "EmptyNews") =>
            new TestArticle("Nothing here.\n").Named(className, "articles/" + className.ToLowerInvariant() + ".txt").Paragraph("Nothing", "here.").Build();
    }
}
