using System.Linq;
using System.Threading.Tasks;
using CorpusGenerator.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

// The descriptor here only feeds the harness; it is no analyzer's shipped rule.
#pragma warning disable RS2008

namespace CorpusGenerator.Tests.Snapshots
{
    /// <summary>
    /// The one harness test whose snapshots are committed: it proves, on every CI run, that files
    /// the harness wrote survive git (.gitattributes eol=lf, the BOM) and that the real
    /// [CallerFilePath] of a fresh clone finds them. It reads the real environment, as generator
    /// snapshot tests will.
    /// </summary>
    public sealed class CommittedSnapshotTests
    {
        static readonly DiagnosticDescriptor Example = new DiagnosticDescriptor(
            "CORPUS999", "Example", "Example diagnostic about {0}", "Corpus", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        [Fact]
        public Task A_committed_generator_snapshot_still_matches()
        {
            var location = Location.Create(
                "seeds/example.txt",
                new TextSpan(4, 5),
                new LinePositionSpan(new LinePosition(1, 0), new LinePosition(1, 5)));
            var driver = new InlineGenerator(
                [
                    ("Articles.Example.g.cs", "namespace Corpus\r\n{\r\n    [global::System.CodeDom.Compiler.GeneratedCode(\"CorpusGenerator\", \"0.1.0\")]\r\n    public static class Example { }\r\n}\r\n"),
                ],
                [Diagnostic.Create(Example, location, "quotes")]).Run();

            var compilation = CSharpCompilation.Create(
                "SnapshotOutput",
                driver.GetRunResult().GeneratedTrees,
                [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));

            return SourceGeneratorSnapshot.Verify(
                driver,
                new SnapshotSettings().UseDirectory("Verified").ScrubGeneratedCodeVersion("CorpusGenerator"));
        }
    }
}
