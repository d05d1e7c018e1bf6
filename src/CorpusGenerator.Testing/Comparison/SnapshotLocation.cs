using System;

namespace CorpusGenerator.Testing
{
    /// <summary>
    /// Where one verification's files live: a directory and the file-name prefix
    /// (<c>{TestClass}.{TestMethod}</c> plus any parameters) that every file of it starts with.
    /// </summary>
    public sealed class SnapshotLocation
    {
        /// <summary>Creates a location from an explicit directory and prefix.</summary>
        /// <param name="directory">The directory the snapshot files are in.</param>
        /// <param name="prefix">The file-name prefix, for example <c>ArticleTests.Emits_one_source</c>.</param>
        public SnapshotLocation(string directory, string prefix)
        {
            if (string.IsNullOrEmpty(directory))
            {
                throw new ArgumentException("A snapshot directory is required.", nameof(directory));
            }

            if (string.IsNullOrEmpty(prefix))
            {
                throw new ArgumentException("A snapshot prefix is required.", nameof(prefix));
            }

            Directory = directory;
            Prefix = prefix;
        }

        /// <summary>The directory the snapshot files are in.</summary>
        public string Directory { get; }

        /// <summary>The file-name prefix every file of this verification starts with.</summary>
        public string Prefix { get; }

        /// <summary>
        /// The location of a test's snapshots: the test source file's folder (plus
        /// <see cref="SnapshotSettings.Directory"/>) and <c>{TestClass}.{TestMethod}</c> plus
        /// <c>_{name}={value}</c> for each parameter.
        /// </summary>
        /// <param name="settings">Directory, class name and parameters; <see langword="null"/> for none.</param>
        /// <param name="sourceFile">The test's source file, from <c>[CallerFilePath]</c>.</param>
        /// <param name="testMethod">The test method's name, from <c>[CallerMemberName]</c>.</param>
        public static SnapshotLocation For(SnapshotSettings? settings, string sourceFile, string testMethod)
        {
            if (string.IsNullOrEmpty(sourceFile))
            {
                throw new ArgumentException("The test's source file is required: call from a test so that [CallerFilePath] fills it in.", nameof(sourceFile));
            }

            if (string.IsNullOrEmpty(testMethod))
            {
                throw new ArgumentException("The test method's name is required: call from a test so that [CallerMemberName] fills it in.", nameof(testMethod));
            }

            var sourceDirectory = System.IO.Path.GetDirectoryName(sourceFile);
            if (string.IsNullOrEmpty(sourceDirectory))
            {
                throw new ArgumentException("The test's source file must be a full path, as [CallerFilePath] gives it.", nameof(sourceFile));
            }

            var directory = settings?.Directory is { } relative
                ? System.IO.Path.GetFullPath(System.IO.Path.Combine(sourceDirectory, relative))
                : sourceDirectory;
            var className = settings?.TypeName ?? TestClassName.FromSourceFile(sourceFile);
            var parameters = settings is null ? string.Empty : ParameterText.Format(settings.Parameters);
            return new SnapshotLocation(directory, className + "." + testMethod + parameters);
        }

        /// <summary>Returns <c>{Directory}/{Prefix}</c>, for messages.</summary>
        public override string ToString() => System.IO.Path.Combine(Directory, Prefix);
    }
}
