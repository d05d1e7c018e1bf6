using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using CorpusGenerator.Benchmarks.Corpus;
using CorpusGenerator.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGenerator.Benchmarks.InProcess
{
    /// <summary>
    /// The generator as a build runs it over the BBC corpus: a consumer compilation that references
    /// the runtime library, every article an AdditionalFile with its metadata, C# latest (so text is
    /// stored as <c>"..."u8</c>, as in a net10.0 app).
    /// </summary>
    internal sealed class GeneratorWorkload
    {
        private static readonly Lazy<ImmutableArray<MetadataReference>> References = new Lazy<ImmutableArray<MetadataReference>>(LoadReferences);

        public GeneratorWorkload(IReadOnlyList<CorpusArticleFile> articles)
        {
            Options = new CorpusOptionsProvider();
            var texts = ImmutableArray.CreateBuilder<AdditionalText>(articles.Count);
            foreach (CorpusArticleFile article in articles)
            {
                texts.Add(new InMemoryArticleText(article.Path, article.Text));
                Options.AddArticle(article.Path, article.ClassName);
            }

            Texts = texts.MoveToImmutable();
            ParseOptions = new CSharpParseOptions(LanguageVersion.Latest);
            Compilation = CSharpCompilation.Create(
                "CorpusConsumer",
                new[] { CSharpSyntaxTree.ParseText("namespace App { internal static class Program { } }", ParseOptions, path: "Program.cs") },
                References.Value,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));
        }

        public ImmutableArray<AdditionalText> Texts { get; }

        public CorpusOptionsProvider Options { get; }

        public CSharpParseOptions ParseOptions { get; }

        public CSharpCompilation Compilation { get; }

        /// <summary>A driver that has run nothing yet: its first run is a full run.</summary>
        public GeneratorDriver CreateDriver(bool trackSteps) =>
            CSharpGeneratorDriver.Create(
                new[] { new CorpusArticleGenerator().AsSourceGenerator() },
                Texts,
                ParseOptions,
                Options,
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

        private static ImmutableArray<MetadataReference> LoadReferences()
        {
            // The framework the benchmark runs on, as a net10.0 consumer would reference it, and the runtime library.
            string[] trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
            return trusted
                .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .Append(MetadataReference.CreateFromFile(typeof(CorpusGenerator.Article).Assembly.Location))
                .ToImmutableArray();
        }
    }
}
