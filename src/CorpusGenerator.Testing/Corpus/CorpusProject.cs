using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGenerator.Testing
{
    /// <summary>
    /// What a project gives the generator: its folder, its <c>CorpusArticle</c> files (with any
    /// <c>ClassName</c>) and its corpus properties. <see cref="CorpusSnapshot.VerifyGeneratedCode"/>
    /// runs the generator on it in memory, as the compiler would in that project's build.
    /// </summary>
    /// <example>
    /// <code>
    /// var project = new CorpusProject("../MyCorpus")          // relative to the test file's folder
    ///     .AddArticles("articles", "*.txt")
    ///     .SetProperty("CorpusNamespace", "MyCorpus");
    /// </code>
    /// </example>
    public sealed class CorpusProject
    {
        // Files and folder patterns in the order they were added; patterns are listed when the
        // generator runs, once a relative project folder has been resolved against the test's folder.
        readonly List<Func<string, IEnumerable<CorpusArticleFile>>> articleSources = new List<Func<string, IEnumerable<CorpusArticleFile>>>();
        readonly SortedDictionary<string, string> properties = new SortedDictionary<string, string>(StringComparer.Ordinal);

        /// <summary>Describes the project whose folder is <paramref name="projectDirectory"/>.</summary>
        /// <param name="projectDirectory">
        /// The folder of the project that compiles the articles (article file names are relative to
        /// it, as in the build). A relative path is resolved against the calling test file's folder.
        /// </param>
        public CorpusProject(string projectDirectory)
        {
            ProjectDirectory = string.IsNullOrEmpty(projectDirectory)
                ? throw new ArgumentException("A project directory is required.", nameof(projectDirectory))
                : projectDirectory;
        }

        /// <summary>The project folder, as given.</summary>
        public string ProjectDirectory { get; }

        /// <summary>MSBuild properties the generator reads (<c>CorpusNamespace</c>, <c>CorpusVisibility</c>, <c>CorpusMaxArticleBytes</c>).</summary>
        public IReadOnlyDictionary<string, string> Properties => properties;

        /// <summary>The C# version of the project: the generator writes <c>#nullable</c> annotations from C# 8 on. Default: the latest.</summary>
        public LanguageVersion LanguageVersion { get; private set; } = LanguageVersion.Latest;

        /// <summary>Adds one <c>CorpusArticle</c>.</summary>
        /// <param name="path">The file, relative to the project folder (as in the project file) or absolute.</param>
        /// <param name="className">The item's <c>ClassName</c> metadata, or <see langword="null"/> to name the class after the file.</param>
        public CorpusProject AddArticle(string path, string? className = null)
        {
            var article = new CorpusArticleFile(path, className);
            articleSources.Add(_ => new[] { article });
            return this;
        }

        /// <summary>
        /// Adds every file of a folder that matches a pattern, in ordinal order, like
        /// <c>&lt;CorpusArticle Include="articles/**/*.txt" /&gt;</c>.
        /// </summary>
        /// <param name="directory">A folder relative to the project folder, or absolute.</param>
        /// <param name="searchPattern">A file pattern such as <c>*.txt</c>.</param>
        /// <param name="recursive">Whether to include sub-folders (<c>**</c>).</param>
        public CorpusProject AddArticles(string directory, string searchPattern, bool recursive = false)
        {
            if (string.IsNullOrEmpty(directory))
            {
                throw new ArgumentException("A folder is required.", nameof(directory));
            }

            if (string.IsNullOrEmpty(searchPattern))
            {
                throw new ArgumentException("A file pattern is required.", nameof(searchPattern));
            }

            articleSources.Add(projectDirectory => Matches(projectDirectory, directory, searchPattern, recursive));
            return this;
        }

        /// <summary>Sets an MSBuild property the generator reads, for example <c>CorpusNamespace</c>.</summary>
        /// <param name="name">The property name.</param>
        /// <param name="value">Its value, as MSBuild would pass it.</param>
        public CorpusProject SetProperty(string name, string value)
        {
            if (string.IsNullOrEmpty(name))
            {
                throw new ArgumentException("A property name is required.", nameof(name));
            }

            properties[name] = value ?? throw new ArgumentNullException(nameof(value));
            return this;
        }

        /// <summary>Sets the project's C# version (<c>LangVersion</c>).</summary>
        /// <param name="languageVersion">The language version.</param>
        public CorpusProject UseLanguageVersion(LanguageVersion languageVersion)
        {
            LanguageVersion = languageVersion;
            return this;
        }

        /// <summary>The articles of the project whose folder is now known to be <paramref name="projectDirectory"/>.</summary>
        internal IReadOnlyList<CorpusArticleFile> ArticlesIn(string projectDirectory) =>
            articleSources.SelectMany(source => source(projectDirectory)).ToList();

        static IEnumerable<CorpusArticleFile> Matches(string projectDirectory, string directory, string searchPattern, bool recursive)
        {
            var root = Path.Combine(projectDirectory, directory);
            if (!Directory.Exists(root))
            {
                throw new DirectoryNotFoundException("The article folder " + root + " does not exist.");
            }

            return Directory
                .EnumerateFiles(root, searchPattern, recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
                .Select(file => Path.IsPathRooted(directory) ? file : Path.Combine(directory, Path.GetRelativePath(root, file)))
                .Select(file => file.Replace('\\', '/'))
                .OrderBy(file => file, StringComparer.Ordinal)
                .Select(file => new CorpusArticleFile(file, null))
                .ToList();
        }
    }
}
