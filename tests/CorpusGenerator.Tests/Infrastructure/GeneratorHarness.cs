using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using CorpusGenerator.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGenerator.Tests.Infrastructure
{
    /// <summary>An article given to the generator: its path, text and item metadata.</summary>
    /// <param name="Folder">The <c>CorpusFolder</c> metadata the build's targets derive from RecursiveDir.</param>
    /// <param name="Source">The file as the compiler decoded it, when a test needs its encoding; else <paramref name="Text"/> as UTF-8.</param>
    internal sealed record ArticleInput(string Path, string Text, string? ClassName = null, bool MarkedAsArticle = true, string? Folder = null, Microsoft.CodeAnalysis.Text.SourceText? Source = null);

    /// <summary>
    /// Runs the generator in memory the way the compiler does in a build: articles as marked
    /// AdditionalFiles, MSBuild properties as global options, the runtime library referenced.
    /// </summary>
    internal sealed class GeneratorHarness
    {
        private static readonly Lazy<ImmutableArray<MetadataReference>> FrameworkReferences = new(() =>
            ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
                .Split(Path.PathSeparator)
                .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToImmutableArray());

        private static readonly MetadataReference RuntimeReference = MetadataReference.CreateFromFile(typeof(CorpusGenerator.Article).Assembly.Location);

        public LanguageVersion LanguageVersion { get; init; } = LanguageVersion.Latest;

        public bool ReferenceRuntime { get; init; } = true;

        public Dictionary<string, string> Properties { get; } = new(StringComparer.Ordinal);

        public string UserCode { get; init; } = "namespace App { internal static class Placeholder { } }";

        /// <summary>
        /// Empty compilations to start from, one per shape of options. A compilation made from another
        /// by adding trees shares its bound references; one made from scratch binds all ~160 framework
        /// assemblies again, which costs more than compiling a few dozen articles.
        /// </summary>
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<(LanguageVersion, bool), CSharpCompilation> Templates = new();

        public CSharpCompilation CreateCompilation(string? userCode = null)
        {
            var parseOptions = new CSharpParseOptions(LanguageVersion);
            CSharpCompilation template = Templates.GetOrAdd((LanguageVersion, ReferenceRuntime), key => CSharpCompilation.Create(
                "CorpusConsumer",
                Array.Empty<SyntaxTree>(),
                key.Item2 ? FrameworkReferences.Value.Add(RuntimeReference) : FrameworkReferences.Value,
                new CSharpCompilationOptions(
                    OutputKind.DynamicallyLinkedLibrary,
                    nullableContextOptions: key.Item1 >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                    deterministic: true,
                    // Every warning an SDK project shows by default (the SDK passes the highest warning level),
                    // so a warning that would break TreatWarningsAsErrors shows up here first.
                    warningLevel: 9999)));
            return template.AddSyntaxTrees(CSharpSyntaxTree.ParseText(userCode ?? UserCode, parseOptions, path: "App.cs"));
        }

        public ImmutableArray<AdditionalText> Texts(IEnumerable<ArticleInput> articles) =>
            articles.Select(article => article.Source is null
                ? (AdditionalText)new InMemoryAdditionalText(article.Path, article.Text)
                : new InMemoryAdditionalText(article.Path, article.Source)).ToImmutableArray();

        public CorpusGenerator.Testing.CorpusOptionsProvider Options(IEnumerable<ArticleInput> articles)
        {
            var global = new Dictionary<string, string>(Properties.Select(pair => KeyValuePair.Create("build_property." + pair.Key, pair.Value)));
            var perFile = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
            foreach (ArticleInput article in articles)
            {
                var metadata = new Dictionary<string, string>();
                if (article.MarkedAsArticle) metadata["build_metadata.AdditionalFiles.CorpusArticle"] = "true";
                if (article.ClassName != null) metadata["build_metadata.AdditionalFiles.ClassName"] = article.ClassName;
                if (article.Folder != null) metadata["build_metadata.AdditionalFiles.CorpusFolder"] = article.Folder;
                perFile[article.Path] = metadata;
            }

            return new CorpusGenerator.Testing.CorpusOptionsProvider(global, perFile);
        }

        public GeneratorDriver CreateDriver(IEnumerable<ArticleInput> articles, bool trackSteps = true)
        {
            var list = articles.ToList();
            return CSharpGeneratorDriver.Create(
                new[] { new CorpusArticleGenerator().AsSourceGenerator() },
                Texts(list),
                new CSharpParseOptions(LanguageVersion),
                Options(list),
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
        }

        /// <summary>Runs the generator over <paramref name="articles"/> and compiles the result.</summary>
        public GeneratorRun Run(params ArticleInput[] articles)
        {
            CSharpCompilation compilation = CreateCompilation();
            GeneratorDriver driver = CreateDriver(articles).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> _);
            return new GeneratorRun(driver, driver.GetRunResult(), output);
        }
    }

    /// <summary>What one generator run produced, and the compilation with its output added.</summary>
    internal sealed record GeneratorRun(GeneratorDriver Driver, GeneratorDriverRunResult Result, Compilation Compilation)
    {
        public ImmutableArray<Diagnostic> GeneratorDiagnostics => Result.Diagnostics;

        /// <summary>Exceptions the generator threw (the compiler would show each as CS8785 and drop all output).</summary>
        public IEnumerable<Exception> GeneratorExceptions => Result.Results.Where(r => r.Exception != null).Select(r => r.Exception!);

        private ImmutableArray<Diagnostic>? compilationDiagnostics;

        /// <summary>The compiler's diagnostics, computed once: binding a large corpus is not free.</summary>
        public ImmutableArray<Diagnostic> CompilationDiagnostics => compilationDiagnostics ??= Compilation.GetDiagnostics();

        public IEnumerable<Diagnostic> CompilationErrors => CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

        public IEnumerable<Diagnostic> CompilationWarnings => CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning);

        public string Source(string hintName) =>
            Result.Results.Single().GeneratedSources.Single(source => source.HintName == hintName).SourceText.ToString();

        /// <summary>Whether the generated code declares the article class <paramref name="className"/>.</summary>
        public bool HasArticleClass(string className) => ArticleFileOf(className) != null;

        /// <summary>The generated file (one of the article groups) that declares the article class <paramref name="className"/>.</summary>
        public string ArticleSource(string className) =>
            ArticleFileOf(className) ?? throw new Xunit.Sdk.XunitException("No generated file declares the article class " + className + ".");

        private string? ArticleFileOf(string className)
        {
            string declaration = GeneratedArticleClass.Declaration(className);
            return Result.GeneratedSources().FirstOrDefault(text => text.Contains(declaration, StringComparison.Ordinal));
        }

        /// <summary>Emits the compilation and loads it, so tests can read the typed model at run time.</summary>
        public Assembly Load() => loaded ??= LoadOnce();

        private Assembly? loaded;

        private Assembly LoadOnce()
        {
            using var stream = new MemoryStream();
            var emit = Compilation.Emit(stream);
            Assert.True(emit.Success, string.Join(Environment.NewLine, emit.Diagnostics));
            stream.Position = 0;
            var context = new AssemblyLoadContext("corpus-" + Guid.NewGuid().ToString("N"), isCollectible: true);
            return context.LoadFromStream(stream);
        }

        /// <summary>The <c>Article</c> of the generated class <paramref name="className"/>.</summary>
        public CorpusGenerator.Article Article(string className, string ns = "Corpus")
        {
            return GeneratedArticleClass.ArticleOf(Load().GetType(ns + ".Articles+" + className, throwOnError: true)!);
        }
    }

    /// <summary>Reading a driver's output as text.</summary>
    internal static class GeneratorRunResultText
    {
        /// <summary>The text of every file the generator added.</summary>
        public static IEnumerable<string> GeneratedSources(this GeneratorDriverRunResult result) =>
            result.Results.Single().GeneratedSources.Select(source => source.SourceText.ToString());
    }
}
