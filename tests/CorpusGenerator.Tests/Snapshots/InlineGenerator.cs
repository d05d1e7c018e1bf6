using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGenerator.Tests.Snapshots
{
    /// <summary>
    /// A tiny incremental generator for the harness's tests: adds the given sources, reports the
    /// given diagnostics, or throws, so that a real GeneratorDriver run feeds the harness.
    /// </summary>
    internal sealed class InlineGenerator : IIncrementalGenerator
    {
        readonly IReadOnlyList<(string HintName, string Text)> sources;
        readonly IReadOnlyList<Diagnostic> diagnostics;
        readonly Exception? failure;

        public InlineGenerator(
            IReadOnlyList<(string HintName, string Text)>? sources = null,
            IReadOnlyList<Diagnostic>? diagnostics = null,
            Exception? failure = null)
        {
            this.sources = sources ?? [];
            this.diagnostics = diagnostics ?? [];
            this.failure = failure;
        }

        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterSourceOutput(context.CompilationProvider, (output, _) =>
            {
                if (failure is not null)
                {
                    throw failure;
                }

                foreach (var (hintName, text) in sources)
                {
                    output.AddSource(hintName, text);
                }

                foreach (var diagnostic in diagnostics)
                {
                    output.ReportDiagnostic(diagnostic);
                }
            });

        /// <summary>Runs the generator once over a one-class compilation.</summary>
        public GeneratorDriver Run()
        {
            var compilation = CSharpCompilation.Create(
                "SnapshotHarnessTests",
                [CSharpSyntaxTree.ParseText("class Existing { }")],
                [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            return CSharpGeneratorDriver.Create(this).RunGenerators(compilation);
        }
    }
}
