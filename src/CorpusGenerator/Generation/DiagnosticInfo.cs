using CorpusGenerator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGenerator.Generation
{
    /// <summary>
    /// A diagnostic kept as plain values, so pipeline models that carry it stay equatable; it becomes
    /// a Roslyn <see cref="Diagnostic"/> only when reported.
    /// </summary>
    internal sealed record DiagnosticInfo(
        string Id,
        string? Path,
        int Start,
        int Length,
        int StartLine,
        int StartColumn,
        int EndLine,
        int EndColumn,
        EquatableArray<string> Arguments)
    {
        /// <summary>A diagnostic with no place in a file (an MSBuild property's value).</summary>
        public static DiagnosticInfo Global(string id, params string[] arguments) =>
            new DiagnosticInfo(id, null, 0, 0, 0, 0, 0, 0, new EquatableArray<string>(arguments));

        /// <summary>A diagnostic at <paramref name="span"/> of the file <paramref name="path"/>.</summary>
        public static DiagnosticInfo InFile(string id, string path, TextSpan span, LinePositionSpan lines, params string[] arguments) =>
            new DiagnosticInfo(
                id, path, span.Start, span.Length, lines.Start.Line, lines.Start.Character, lines.End.Line, lines.End.Character,
                new EquatableArray<string>(arguments));

        /// <summary>A diagnostic at the start of the file <paramref name="path"/>.</summary>
        public static DiagnosticInfo AtFileStart(string id, string path, params string[] arguments) =>
            InFile(id, path, new TextSpan(0, 0), new LinePositionSpan(LinePosition.Zero, LinePosition.Zero), arguments);

        /// <summary>The Roslyn diagnostic, located in the text file so the IDE and the build point at the line.</summary>
        public Diagnostic ToDiagnostic()
        {
            Location location = Path is null
                ? Location.None
                : Location.Create(
                    Path,
                    new TextSpan(Start, Length),
                    new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));
            return Diagnostic.Create(DiagnosticDescriptors.For(Id), location, Arguments.ToArray());
        }
    }
}
