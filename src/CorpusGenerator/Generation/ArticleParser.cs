using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using CorpusGenerator.Diagnostics;
using CorpusGenerator.Extraction;
using CorpusGenerator.Reading;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGenerator.Generation
{
    /// <summary>
    /// Reads one article file and analyses it (<see cref="ArticleAnalysis"/>, shared with the
    /// command-line tool). Never throws for a bad input: every problem becomes a diagnostic
    /// located in the file, so the other articles still compile.
    /// </summary>
    internal static class ArticleParser
    {
        public static ParsedArticle Parse(ArticleFile file, CancellationToken cancellationToken) =>
            Parse(file, ArticleExtractor.Extract, cancellationToken);

        /// <summary>The same with another engine: tests give one that throws or returns nonsense.</summary>
        internal static ParsedArticle Parse(ArticleFile file, Func<string, CancellationToken, ExtractedArticle> engine, CancellationToken cancellationToken)
        {
            var diagnostics = new List<DiagnosticInfo>();
            try
            {
                return ParseFile(file, engine, diagnostics, cancellationToken);
            }
            catch (Exception e) when (!(e is OperationCanceledException))
            {
                // A bug of ours, not the article's: this article gets no class (and no entry in the
                // index, which is built from parsed articles), every other article keeps its own.
                return Failed(file, diagnostics, DiagnosticInfo.AtFileStart(DiagnosticIds.ExtractionFailed, file.Text.Path, ExtractionGuard.Describe(e), ExtractionGuard.NotCompiledConsequence));
            }
        }

        private static ParsedArticle ParseFile(ArticleFile file, Func<string, CancellationToken, ExtractedArticle> engine, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
        {
            string path = file.Text.Path;
            if (file.InvalidMaxBytes != null)
            {
                diagnostics.Add(DiagnosticInfo.AtFileStart(DiagnosticIds.InvalidOption, path, file.InvalidMaxBytes, "CorpusMaxArticleBytes", "use a positive whole number of bytes; using " + ArticleAnalysis.DefaultMaxBytes.ToString(CultureInfo.InvariantCulture)));
            }

            SourceText? source;
            try
            {
                source = file.Text.GetText(cancellationToken);
            }
            catch (Exception e) when (!(e is OperationCanceledException))
            {
                return Failed(file, diagnostics, DiagnosticInfo.AtFileStart(DiagnosticIds.Unreadable, path, e.Message));
            }

            if (source is null)
            {
                return Failed(file, diagnostics, DiagnosticInfo.AtFileStart(DiagnosticIds.Unreadable, path, "the compiler could not read it (a binary file, which the compiler itself reports as CS2015, or one it could not open)"));
            }

            string className = Naming.ArticleNaming.Wanted(file.NameRequest);
            ArticleAnalysis analysis = ArticleAnalysis.Analyze(source.ToString(), file.RelativePath, file.MaxBytes, source.Encoding, engine, className, cancellationToken);
            foreach (ArticleFinding finding in analysis.Findings)
            {
                diagnostics.Add(TextLocations.At(finding.Id, path, source, finding.Span, finding.Arguments.ToArray()));
            }

            return new ParsedArticle(path, file.RelativePath, className, analysis.Article, analysis.SpeakerMembers, Equatable(diagnostics));
        }

        private static ParsedArticle Failed(ArticleFile file, List<DiagnosticInfo> diagnostics, DiagnosticInfo failure)
        {
            diagnostics.Add(failure);
            return new ParsedArticle(file.Text.Path, file.RelativePath, Naming.ArticleNaming.Wanted(file.NameRequest), null, EquatableArray<string>.Empty, Equatable(diagnostics));
        }

        private static EquatableArray<DiagnosticInfo> Equatable(List<DiagnosticInfo> diagnostics) => new EquatableArray<DiagnosticInfo>(diagnostics.ToArray());
    }
}
