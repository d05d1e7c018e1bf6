using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.ExceptionServices;
using Microsoft.CodeAnalysis;

namespace CorpusGenerator.Testing
{
    /// <summary>
    /// Turns a generator run into the files Verify.SourceGenerators 2.x writes: the diagnostics (when
    /// any were reported) as the unnamed <c>.txt</c> target, then one <c>#{hint name}</c> target
    /// per generated source, in hint-name order.
    /// </summary>
    public static class GeneratorSnapshotTargets
    {
        /// <summary>
        /// The targets of a run. A generator's exception is rethrown (several as an
        /// <see cref="AggregateException"/>) before anything is compared or written.
        /// </summary>
        /// <param name="runResult">The driver's run result.</param>
        public static IReadOnlyList<SnapshotTarget> From(GeneratorDriverRunResult runResult) =>
            From(runResult, []);

        /// <summary>The targets of a run, leaving out the generated sources any of <paramref name="ignore"/> is true for.</summary>
        /// <param name="runResult">The driver's run result.</param>
        /// <param name="ignore">Predicates for sources to leave out; diagnostics are always kept.</param>
        public static IReadOnlyList<SnapshotTarget> From(GeneratorDriverRunResult runResult, IReadOnlyList<Func<GeneratedSourceResult, bool>> ignore)
        {
            if (ignore is null)
            {
                throw new ArgumentNullException(nameof(ignore));
            }

            if (runResult is null)
            {
                throw new ArgumentNullException(nameof(runResult));
            }

            RethrowGeneratorExceptions(runResult);

            var targets = new List<SnapshotTarget>();
            if (!runResult.Diagnostics.IsEmpty)
            {
                targets.Add(ForDiagnostics(runResult.Diagnostics));
            }

            foreach (var result in runResult.Results)
            {
                targets.AddRange(result.GeneratedSources
                    .Where(source => !ignore.Any(shouldIgnore => shouldIgnore(source)))
                    .OrderBy(source => source.HintName, StringComparer.Ordinal)
                    .Select(ForGeneratedSource));
            }

            return targets;
        }

        /// <summary>The unnamed <c>txt</c> target listing diagnostics in Verify.SourceGenerators' format.</summary>
        /// <param name="diagnostics">The diagnostics, in reported order.</param>
        public static SnapshotTarget ForDiagnostics(IEnumerable<Diagnostic> diagnostics) =>
            new SnapshotTarget("txt", DiagnosticsText.Write(diagnostics ?? throw new ArgumentNullException(nameof(diagnostics))));

        /// <summary>
        /// The target of one generated source: named after the file (the hint name without folder
        /// and extension), content <c>//HintName: {HintName}\n</c> and the source with LF endings.
        /// </summary>
        /// <param name="source">A generated source.</param>
        public static SnapshotTarget ForGeneratedSource(GeneratedSourceResult source)
        {
            var text = "//HintName: " + source.HintName + "\n" + source.SourceText.ToString();

            // As Verify.SourceGenerators: the tree's file path when Roslyn gave one (it ends in the
            // hint name), else the hint name; the extension comes from it and a folder is dropped.
            var filePath = source.SyntaxTree.FilePath;
            var path = string.IsNullOrEmpty(filePath) ? source.HintName : filePath;
            var extension = Path.GetExtension(path).TrimStart('.');
            return new SnapshotTarget(
                extension.Length == 0 ? "cs" : extension,
                LineEndings.ToLf(text),
                Path.GetFileNameWithoutExtension(path));
        }

        static void RethrowGeneratorExceptions(GeneratorDriverRunResult runResult)
        {
            var exceptions = runResult.Results
                .Select(result => result.Exception)
                .OfType<Exception>()
                .ToList();
            if (exceptions.Count == 1)
            {
                ExceptionDispatchInfo.Capture(exceptions[0]).Throw();
            }

            if (exceptions.Count > 1)
            {
                throw new AggregateException(exceptions);
            }
        }
    }
}
