using System.IO;

namespace CorpusGenerator.Tests.Infrastructure
{
    /// <summary>Finds the repository (and the shared corpus beside it) from wherever the tests run.</summary>
    internal static class RepositoryPaths
    {
        /// <summary>The folder holding Generator.sln, found by walking up from the test assembly.</summary>
        public static string Root { get; } = FindRoot();

        /// <summary>The shared evaluation corpus (<c>../shared/corpus</c> from the repository), or null when absent.</summary>
        public static string? SharedCorpus(string name)
        {
            string path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus", name));
            return Directory.Exists(path) ? path : null;
        }

        private static string FindRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Generator.sln"))) return dir.FullName;
            }

            throw new InvalidOperationException("Generator.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
