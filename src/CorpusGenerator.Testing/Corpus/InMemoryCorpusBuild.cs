using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using CorpusGenerator.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGenerator.Testing
{
    /// <summary>
    /// Runs the CorpusGenerator generator over a <see cref="CorpusProject"/> in memory, with the
    /// inputs a build gives it: the articles as marked AdditionalFiles, the properties as global
    /// options, a compilation that references the runtime library.
    /// </summary>
    /// <remarks>
    /// Articles reach the generator under the virtual project folder <c>/_/</c>, the folder a
    /// deterministic build's path map uses: generated file names are then the same relative paths
    /// as in the real build, and diagnostics carry no path of this machine.
    /// </remarks>
    internal static class InMemoryCorpusBuild
    {
        public const string VirtualProjectDirectory = "/_/";

        static readonly Lazy<ImmutableArray<MetadataReference>> References = new Lazy<ImmutableArray<MetadataReference>>(LoadReferences);

        public static GeneratorDriver Run(CorpusProject project, string projectDirectory)
        {
            var articles = project.ArticlesIn(projectDirectory);
            var texts = new List<AdditionalText>();
            var metadata = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
            foreach (var article in articles)
            {
                var path = VirtualPath(projectDirectory, article.Path);
                texts.Add(new ArticleAdditionalText(path, Read(Path.Combine(projectDirectory, article.Path))));
                metadata[path] = ItemMetadata(article);
            }

            var global = project.Properties.ToDictionary(pair => "build_property." + pair.Key, pair => pair.Value, StringComparer.Ordinal);
            global["build_property.ProjectDir"] = VirtualProjectDirectory;

            var parseOptions = new CSharpParseOptions(project.LanguageVersion);
            var compilation = CSharpCompilation.Create(
                "CorpusSnapshot",
                Array.Empty<SyntaxTree>(),
                References.Value,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));

            return CSharpGeneratorDriver
                .Create(
                    new[] { new CorpusArticleGenerator().AsSourceGenerator() },
                    texts,
                    parseOptions,
                    new CorpusOptionsProvider(global, metadata))
                .RunGenerators(compilation);
        }

        static Dictionary<string, string> ItemMetadata(CorpusArticleFile article)
        {
            var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["build_metadata.AdditionalFiles.CorpusArticle"] = "true",
            };
            if (article.ClassName is not null)
            {
                metadata["build_metadata.AdditionalFiles.ClassName"] = article.ClassName;
            }

            return metadata;
        }

        /// <summary><c>/_/articles/a.txt</c> for <c>articles/a.txt</c>, and for the same file given by its full path.</summary>
        static string VirtualPath(string projectDirectory, string articlePath)
        {
            var relative = Path.IsPathRooted(articlePath) ? Path.GetRelativePath(projectDirectory, articlePath) : articlePath;
            return VirtualProjectDirectory + relative.Replace('\\', '/');
        }

        /// <summary>The file's bytes as the compiler reads an AdditionalFile: UTF-8 unless a BOM says otherwise.</summary>
        static SourceText Read(string path)
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException("The article " + path + " does not exist.", path);
            }

            using var stream = File.OpenRead(path);
            return SourceText.From(stream);
        }

        /// <summary>
        /// The test host's framework assemblies and the runtime library: the generated code needs
        /// the framework and <c>CorpusGenerator.Article</c> to be there, as in a real project.
        /// </summary>
        static ImmutableArray<MetadataReference> LoadReferences()
        {
            var framework = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
                .Split(Path.PathSeparator)
                .Where(path => path.Length > 0)
                .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal)
                    || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll");
            return framework
                .Append(typeof(Article).Assembly.Location)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToImmutableArray();
        }
    }
}
