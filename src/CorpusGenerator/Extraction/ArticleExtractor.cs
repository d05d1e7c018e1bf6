using System.Collections.Generic;
using System.Threading;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// The extraction engine's entry point: article text in, structure, speakers and quotes out.
    /// Used by the generator, the command-line tool and the tests alike.
    /// </summary>
    public static class ArticleExtractor
    {
        /// <summary>Extracts the structure, speakers and quotes of <paramref name="text"/>.</summary>
        /// <param name="text">The article's text as decoded (BOM removed).</param>
        /// <param name="cancellationToken">Stops the work when the build no longer needs it.</param>
        public static ExtractedArticle Extract(string text, CancellationToken cancellationToken = default)
        {
            // First cut: paragraphs only. The quote and speaker engine replaces this.
            var paragraphs = new List<TextRange>();
            int i = 0;
            while (i < text.Length)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int lineEnd = text.IndexOf('\n', i);
                if (lineEnd < 0) lineEnd = text.Length;
                int end = lineEnd;
                while (end > i && char.IsWhiteSpace(text[end - 1])) end--;
                if (end > i) paragraphs.Add(new TextRange(i, end));
                i = lineEnd + 1;
            }

            return new ExtractedArticle(
                text,
                Title: null,
                Dateline: null,
                EquatableArray<TextRange>.Empty,
                new EquatableArray<TextRange>(paragraphs.ToArray()),
                EquatableArray<ExtractedSpeaker>.Empty,
                EquatableArray<ExtractedQuote>.Empty,
                EquatableArray<ArticleProblem>.Empty);
        }
    }
}
