using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using CorpusGenerator.Benchmarks.Corpus;
using CorpusGenerator.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using ArticleAdditionalText = CorpusGenerator.Testing.ArticleAdditionalText;
using CorpusOptionsProvider = CorpusGenerator.Testing.CorpusOptionsProvider;

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
            // As build/CorpusGenerator.props and .targets pass them: each article marked, with its
            // ClassName; no global property. The SourceText is made once, as the compiler hands an
            // unchanged file back as the same object.
            var texts = ImmutableArray.CreateBuilder<AdditionalText>(articles.Count);
            var metadata = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
            foreach (CorpusArticleFile article in articles)
            {
                texts.Add(new ArticleAdditionalText(article.Path, SourceText.From(article.Text, System.Text.Encoding.UTF8)));
                metadata[article.Path] = new Dictionary<string, string>
                {
                    ["build_metadata.AdditionalFiles.CorpusArticle"] = "true",
                    ["build_metadata.AdditionalFiles.ClassName"] = article.ClassName,
                };
            }

            Options = new CorpusOptionsProvider(new Dictionary<string, string>(), metadata);

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
