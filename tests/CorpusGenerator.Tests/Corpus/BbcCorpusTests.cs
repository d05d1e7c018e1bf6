using System.Diagnostics;
using System.IO;
using CorpusGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit.Abstractions;

namespace CorpusGenerator.Tests.Corpus
{
    /// <summary>
    /// The 2,225 real BBC articles of the shared corpus (<c>../shared/corpus/bbc</c>), read the way the
    /// compiler reads them: the generator runs over all of them without an exception and gives every
    /// file a class or a diagnostic; a deterministic sample of 300 is compiled and loaded (compiling all
    /// of them takes longer than a test should on two shared cores). Skipped when the corpus is absent.
    /// </summary>
    public class BbcCorpusTests
    {
        private const int CompiledSample = 300;

        private readonly ITestOutputHelper output;

        public BbcCorpusTests(ITestOutputHelper output) => this.output = output;

        [Fact]
        public void Every_BBC_article_gets_a_class_or_a_diagnostic_and_a_sample_compiles_and_round_trips()
        {
            string? corpus = RepositoryPaths.SharedCorpus("bbc");
            if (corpus is null)
            {
                output.WriteLine("../shared/corpus/bbc is absent: nothing to test.");
                return;
            }

            var clock = Stopwatch.StartNew();
            var inputs = Directory.EnumerateFiles(corpus, "*.txt", SearchOption.AllDirectories)
                .Where(path => !string.Equals(Path.GetFileName(path), "README.TXT", StringComparison.OrdinalIgnoreCase))
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => CompilerFileReader.Article(path, File.ReadAllBytes(path)) with { ClassName = ClassNameOf(corpus, path) })
                .ToArray();
            Assert.True(inputs.Length >= 2000, "Expected the 2,225 BBC articles, found " + inputs.Length);

            var all = new GeneratorHarness().Run(inputs);
            Assert.Empty(all.GeneratorExceptions);
            var generated = all.Result.GeneratedSources()
                .SelectMany(GeneratedArticleClass.NamesIn)
                .ToHashSet(StringComparer.Ordinal);
            var refused = new List<string>();
            foreach (ArticleInput input in inputs)
            {
                if (generated.Contains(input.ClassName!)) continue;
                Diagnostic? why = all.GeneratorDiagnostics.FirstOrDefault(d => d.Location.GetLineSpan().Path == input.Path);
                Assert.True(why?.Id == "CORPUS001", input.Path + " has no class and no CORPUS001: " + why);
                LinePosition at = why!.Location.GetLineSpan().StartLinePosition;
                refused.Add($"{Path.GetRelativePath(corpus, input.Path).Replace('\\', '/')}({at.Line + 1},{at.Character + 1})");
            }

            // sport/199.txt holds a Latin-1 pound sign (byte 0xA3 at offset 257, "a \u00A315.8m signing"):
            // not UTF-8, so the compiler cannot read it as the author meant; it is reported right there.
            Assert.Equal(new[] { "sport/199.txt(5,176)" }, refused);

            var sample = Enumerable.Range(0, CompiledSample).Select(i => inputs[i * inputs.Length / CompiledSample]).ToArray();
            var run = new GeneratorHarness().Run(sample);
            Assert.Empty(run.GeneratorExceptions);
            Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
            var assembly = run.Load();
            foreach (ArticleInput input in sample.Where(i => generated.Contains(i.ClassName!)))
            {
                Article article = GeneratedArticleClass.ArticleOf(assembly.GetType("Corpus.Articles+" + input.ClassName)!);
                Assert.True(ModelInvariants.Violation(article, input.Text) is not string violation, input.Path + ": " + ModelInvariants.Violation(article, input.Text));
            }

            output.WriteLine($"{inputs.Length} articles generated, {sample.Length} compiled and loaded, in {clock.Elapsed.TotalSeconds:F1} s");
        }

        /// <summary><c>business/001.txt</c> gives <c>Business001</c>: the file names alone clash across topics, by design.</summary>
        private static string ClassNameOf(string corpus, string path)
        {
            string topic = Path.GetFileName(Path.GetDirectoryName(path)!);
            return char.ToUpperInvariant(topic[0]) + topic.Substring(1) + Path.GetFileNameWithoutExtension(path);
        }
    }
}
