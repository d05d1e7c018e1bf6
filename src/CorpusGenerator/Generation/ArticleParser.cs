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
    /// Reads one article file and analyses it (<see cref="ArticleAnalysis"/>). Never throws for a
    /// bad input: every problem becomes a diagnostic located in the file, so the other articles
    /// still compile.
    /// </summary>
    internal static class ArticleParser
    {
        public static ParsedArticle Parse(ArticleFile file, CancellationToken cancellationToken)
        {
            string path = file.Text.Path;
            var diagnostics = new List<DiagnosticInfo>();
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
                diagnostics.Add(DiagnosticInfo.AtFileStart(DiagnosticIds.Unreadable, path, e.Message));
                return new ParsedArticle(path, file.RelativePath, null, EquatableArray<string>.Empty, Equatable(diagnostics));
            }

            if (source is null)
            {
                diagnostics.Add(DiagnosticInfo.AtFileStart(DiagnosticIds.Unreadable, path, "the compiler could not open the file"));
                return new ParsedArticle(path, file.RelativePath, null, EquatableArray<string>.Empty, Equatable(diagnostics));
            }

            ArticleAnalysis analysis = ArticleAnalysis.Analyze(source.ToString(), file.RelativePath, file.MaxBytes, cancellationToken);
            foreach (ArticleFinding finding in analysis.Findings)
            {
                diagnostics.Add(At(finding, path, source));
            }

            return new ParsedArticle(path, file.RelativePath, analysis.Article, analysis.SpeakerMembers, Equatable(diagnostics));
        }

        private static DiagnosticInfo At(ArticleFinding finding, string path, SourceText source)
        {
            // Clamp: a range from the engine always fits its text, but a diagnostic must never throw.
            int start = Math.Min(finding.Span.Start, source.Length);
            int end = Math.Min(Math.Max(finding.Span.End, start), source.Length);
            var span = TextSpan.FromBounds(start, end);
            return DiagnosticInfo.InFile(finding.Id, path, span, source.Lines.GetLinePositionSpan(span), finding.Arguments.ToArray());
        }

        private static EquatableArray<DiagnosticInfo> Equatable(List<DiagnosticInfo> diagnostics) => new EquatableArray<DiagnosticInfo>(diagnostics.ToArray());
    }
}
