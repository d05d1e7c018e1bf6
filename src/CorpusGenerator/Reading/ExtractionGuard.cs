using System;
using System.Threading;
using CorpusGenerator.Extraction;

namespace CorpusGenerator.Reading
{
    /// <summary>
    /// Runs the extraction engine as a last-resort guard: an exception, or a result that does not fit
    /// its text, must not become CS8785 (which drops the output of every article). The article then
    /// keeps its text, compiled with no structure, and the reason is reported as CORPUS011.
    /// </summary>
    internal static class ExtractionGuard
    {
        /// <summary>What CORPUS011 says happened when the engine failed and the text was kept.</summary>
        public const string TextOnlyConsequence = "its text was compiled without paragraphs, speakers or quotes";

        /// <summary>What CORPUS011 says happened when the article could not be compiled at all.</summary>
        public const string NotCompiledConsequence = "it was not compiled";

        /// <summary>What the engine found in <paramref name="text"/>, or the text alone when it failed.</summary>
        /// <param name="text">The checked article text.</param>
        /// <param name="engine">The extraction engine (<see cref="ArticleExtractor.Extract"/>, or a test's).</param>
        /// <param name="cancellationToken">Cancellation is the only exception let through: the build asked for it.</param>
        /// <param name="failure">Why the engine's result was not used, or null.</param>
        public static ExtractedArticle Extract(string text, Func<string, CancellationToken, ExtractedArticle> engine, CancellationToken cancellationToken, out string? failure)
        {
            try
            {
                ExtractedArticle article = engine(text, cancellationToken);
                failure = ExtractedArticleCheck.FindFault(article, text);
                if (failure is null) return article;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception e)
            {
                failure = Describe(e);
            }

            return TextOnly(text);
        }

        /// <summary>The exception as one line for a diagnostic message: type and message, no stack.</summary>
        public static string Describe(Exception exception) =>
            exception.GetType().Name + ": " + exception.Message.Replace('\r', ' ').Replace('\n', ' ');

        /// <summary>The article's text with nothing found in it.</summary>
        public static ExtractedArticle TextOnly(string text) => new ExtractedArticle(
            text,
            Title: null,
            Dateline: null,
            EquatableArray<TextRange>.Empty,
            EquatableArray<TextRange>.Empty,
            EquatableArray<ExtractedSpeaker>.Empty,
            EquatableArray<ExtractedQuote>.Empty,
            EquatableArray<ArticleProblem>.Empty);
    }
}
