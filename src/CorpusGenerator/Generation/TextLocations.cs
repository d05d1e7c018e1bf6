using System;
using CorpusGenerator.Extraction;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGenerator.Generation
{
    /// <summary>
    /// Turns a range of an article's text into a diagnostic located in the article file, with the
    /// line and column the compiler's own reading of the file gives, so <c>dotnet build</c> prints
    /// <c>file.txt(12,5): warning CORPUS002</c> and the IDE underlines the very characters.
    /// </summary>
    internal static class TextLocations
    {
        /// <summary>The diagnostic for <paramref name="problem"/>, found in the file at <paramref name="path"/>.</summary>
        public static DiagnosticInfo Locate(ArticleProblem problem, string path, SourceText source) =>
            At(problem.Id, path, source, problem.Span, string.IsNullOrEmpty(problem.Argument) ? Array.Empty<string>() : new[] { problem.Argument });

        /// <summary>A diagnostic <paramref name="id"/> over <paramref name="range"/> of the file at <paramref name="path"/>.</summary>
        public static DiagnosticInfo At(string id, string path, SourceText source, TextRange range, params string[] arguments)
        {
            // Clamp: a range from the engine is checked against its text, but a diagnostic must never throw.
            int start = Math.Min(range.Start, source.Length);
            int end = Math.Min(Math.Max(range.End, start), source.Length);
            var span = TextSpan.FromBounds(start, end);
            return DiagnosticInfo.InFile(id, path, span, source.Lines.GetLinePositionSpan(span), arguments);
        }
    }
}
