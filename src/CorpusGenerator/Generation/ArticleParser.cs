using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using CorpusGenerator.Diagnostics;
using CorpusGenerator.Extraction;
using CorpusGenerator.Naming;
using CorpusGenerator.Reading;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGenerator.Generation
{
    /// <summary>
    /// Reads one article file and runs the extraction engine on it. Never throws for a bad input:
    /// every problem becomes a diagnostic located in the file, so the other articles still compile.
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
                diagnostics.Add(DiagnosticInfo.AtFileStart(DiagnosticIds.InvalidOption, path, file.InvalidMaxBytes, "CorpusMaxArticleBytes", "use a positive whole number of bytes; using " + ArticleFile.DefaultMaxBytes.ToString(CultureInfo.InvariantCulture)));
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

            // The limit is on the text's size as UTF-8, what the compiled assembly will hold.
            long bytes = Utf8Length(source);
            if (bytes > file.MaxBytes)
            {
                return Failed(file, diagnostics, DiagnosticInfo.AtFileStart(
                    DiagnosticIds.ArticleTooLarge, path, bytes.ToString(CultureInfo.InvariantCulture), file.MaxBytes.ToString(CultureInfo.InvariantCulture)));
            }

            string raw = source.ToString();
            if (ArticleEncoding.Check(raw, source.Encoding) is ArticleProblem undecodable)
            {
                return Failed(file, diagnostics, TextLocations.Locate(undecodable, path, source));
            }

            CheckedText checkedText = ArticleText.Check(raw, file.RelativePath);
            AddProblems(diagnostics, path, source, checkedText.Problems);
            if (checkedText.Text is null)
            {
                return new ParsedArticle(path, file.RelativePath, null, EquatableArray<string>.Empty, Equatable(diagnostics));
            }

            ExtractedArticle article = ExtractionGuard.Extract(checkedText.Text, engine, cancellationToken, out string? failure);
            if (failure != null) diagnostics.Add(DiagnosticInfo.AtFileStart(DiagnosticIds.ExtractionFailed, path, failure, ExtractionGuard.TextOnlyConsequence));
            AddProblems(diagnostics, path, source, article.Problems);
            AddUnattributedQuotes(diagnostics, path, source, article);

            var speakerNames = new List<string>();
            foreach (ExtractedSpeaker speaker in article.Speakers) speakerNames.Add(speaker.Name);
            IReadOnlyList<SpeakerMemberName> members = SpeakerMemberNames.Assign(speakerNames);
            var memberNames = new string[members.Count];
            for (int i = 0; i < members.Count; i++)
            {
                memberNames[i] = members[i].MemberName;
                if (members[i].ClashesWith is string other)
                {
                    TextRange at = article.Speakers[i].Mentions.Count > 0 ? article.Speakers[i].Mentions[0] : new TextRange(0, 0);
                    diagnostics.Add(TextLocations.At(DiagnosticIds.SpeakerNameClash, path, source, at, other, article.Speakers[i].Name, members[i].WantedName!, members[i].MemberName));
                }
            }

            return new ParsedArticle(path, file.RelativePath, article, new EquatableArray<string>(memberNames), Equatable(diagnostics));
        }

        private static ParsedArticle Failed(ArticleFile file, List<DiagnosticInfo> diagnostics, DiagnosticInfo failure)
        {
            diagnostics.Add(failure);
            return new ParsedArticle(file.Text.Path, file.RelativePath, null, EquatableArray<string>.Empty, Equatable(diagnostics));
        }

        private static void AddProblems(List<DiagnosticInfo> diagnostics, string path, SourceText source, EquatableArray<ArticleProblem> problems)
        {
            foreach (ArticleProblem problem in problems) diagnostics.Add(TextLocations.Locate(problem, path, source));
        }

        private static void AddUnattributedQuotes(List<DiagnosticInfo> diagnostics, string path, SourceText source, ExtractedArticle article)
        {
            foreach (ExtractedQuote quote in article.Quotes)
            {
                if (quote.Speaker < 0) diagnostics.Add(TextLocations.At(DiagnosticIds.QuoteWithoutSpeaker, path, source, quote.Span));
            }
        }

        private static long Utf8Length(SourceText source)
        {
            long bytes = 0;
            var buffer = new char[4096];
            for (int position = 0; position < source.Length; position += buffer.Length)
            {
                int count = Math.Min(buffer.Length, source.Length - position);
                source.CopyTo(position, buffer, 0, count);
                for (int i = 0; i < count; i++)
                {
                    char c = buffer[i];
                    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : char.IsSurrogate(c) ? 2 : 3;
                }
            }

            return bytes;
        }

        private static EquatableArray<DiagnosticInfo> Equatable(List<DiagnosticInfo> diagnostics) => new EquatableArray<DiagnosticInfo>(diagnostics.ToArray());
    }
}
