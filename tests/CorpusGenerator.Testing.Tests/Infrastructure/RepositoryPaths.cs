namespace CorpusGenerator.Testing.Tests.Infrastructure
{
    /// <summary>Files of this repository the tests use: found from the test's output folder upwards.</summary>
    internal static class RepositoryPaths
    {
        public static string Root { get; } = FindRoot();

        public static string Seed => Path.Combine(Root, "seeds", "rouhani-kadhimi-call.txt");

        private static string FindRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Generator.sln"))) return directory.FullName;
            }

            throw new InvalidOperationException("Generator.sln was not found above " + AppContext.BaseDirectory);
        }
    }
}
