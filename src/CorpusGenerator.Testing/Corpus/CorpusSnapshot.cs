using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;

namespace CorpusGenerator.Testing
{
    /// <summary>
    /// Snapshot tests of a corpus: what CorpusGenerator made of your articles (who is quoted saying
    /// what), and the C# it generates. Works with any test framework: the test's file and name come
    /// from <c>[CallerFilePath]</c> and <c>[CallerMemberName]</c>.
    /// </summary>
    /// <example>
    /// <code>
    /// [Fact]
    /// public Task Corpus() => CorpusSnapshot.Verify(Articles.All);
    /// </code>
    /// writes <c>CorpusTests.Corpus.verified.txt</c> beside the test on the first accepted run, and
    /// fails from then on whenever an edit or an upgrade changes it.
    /// </example>
    public static class CorpusSnapshot
    {
        /// <summary>
        /// Verifies one article against <c>{TestClass}.{TestMethod}.verified.txt</c>, written by
        /// <see cref="CorpusSnapshotText"/>.
        /// </summary>
        /// <param name="article">An article, for example <c>Articles.RouhaniKadhimiCall.Article</c>.</param>
        /// <param name="settings">Directory, naming, scrubbing and accepting; <see langword="null"/> for defaults.</param>
        /// <param name="sourceFile">Filled in by the compiler: the test's source file.</param>
        /// <param name="testMethod">Filled in by the compiler: the test method's name.</param>
        /// <exception cref="SnapshotMismatchException">The snapshot is new or differs (after writing the <c>.received.txt</c> file).</exception>
        public static Task Verify(
            Article article,
            SnapshotSettings? settings = null,
            [CallerFilePath] string sourceFile = "",
            [CallerMemberName] string testMethod = "")
        {
            if (article is null)
            {
                throw new ArgumentNullException(nameof(article));
            }

            return VerifyText(CorpusSnapshotText.Write(article), settings, sourceFile, testMethod);
        }

        /// <summary>
        /// Verifies articles, ordered by class name, against <c>{TestClass}.{TestMethod}.verified.txt</c>,
        /// written by <see cref="CorpusSnapshotText"/>.
        /// </summary>
        /// <param name="articles">The articles, for example <c>Articles.All</c>.</param>
        /// <param name="settings">Directory, naming, scrubbing and accepting; <see langword="null"/> for defaults.</param>
        /// <param name="sourceFile">Filled in by the compiler: the test's source file.</param>
        /// <param name="testMethod">Filled in by the compiler: the test method's name.</param>
        /// <exception cref="SnapshotMismatchException">The snapshot is new or differs (after writing the <c>.received.txt</c> file).</exception>
        public static Task Verify(
            IEnumerable<Article> articles,
            SnapshotSettings? settings = null,
            [CallerFilePath] string sourceFile = "",
            [CallerMemberName] string testMethod = "")
        {
            if (articles is null)
            {
                throw new ArgumentNullException(nameof(articles));
            }

            return VerifyText(CorpusSnapshotText.Write(articles), settings, sourceFile, testMethod);
        }

        /// <summary>
        /// Runs the CorpusGenerator generator over <paramref name="project"/> in memory and verifies
        /// what it adds to the compilation in Verify.SourceGenerators' layout:
        /// <c>{TestClass}.{TestMethod}#{hint name}.verified.cs</c> per generated file, and
        /// <c>{TestClass}.{TestMethod}.verified.txt</c> with the diagnostics when there are some.
        /// The version in <c>[GeneratedCode]</c> attributes is scrubbed, so an upgrade shows only real changes.
        /// </summary>
        /// <param name="project">The project's folder, articles and corpus properties.</param>
        /// <param name="settings">
        /// Directory, naming, scrubbing and accepting; <see langword="null"/> for defaults. The version
        /// scrubber is added to these settings.
        /// </param>
        /// <param name="sourceFile">Filled in by the compiler: the test's source file.</param>
        /// <param name="testMethod">Filled in by the compiler: the test method's name.</param>
        /// <exception cref="SnapshotMismatchException">A file is new, differs or is no longer generated.</exception>
        /// <exception cref="InvalidOperationException">The project uses another version of CorpusGenerator than this package runs.</exception>
        public static Task VerifyGeneratedCode(
            CorpusProject project,
            SnapshotSettings? settings = null,
            [CallerFilePath] string sourceFile = "",
            [CallerMemberName] string testMethod = "")
        {
            if (project is null)
            {
                throw new ArgumentNullException(nameof(project));
            }

            GeneratorVersionCheck.EnsureSameVersion();
            var projectDirectory = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(sourceFile) ?? string.Empty, project.ProjectDirectory));
            var driver = InMemoryCorpusBuild.Run(project, projectDirectory);
            var effective = (settings ?? new SnapshotSettings()).ScrubGeneratedCodeVersion("CorpusGenerator");
            return SourceGeneratorSnapshot.Verify(driver, effective, sourceFile, testMethod);
        }

        static Task VerifyText(string text, SnapshotSettings? settings, string sourceFile, string testMethod) =>
            Snapshot.Verify(new[] { new SnapshotTarget("txt", text) }, settings, sourceFile, testMethod);
    }
}
