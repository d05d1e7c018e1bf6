namespace CorpusGenerator.PackageTests.Infrastructure
{
    /// <summary>Where the repository being tested is: found from the test assembly, upwards.</summary>
    internal static class RepositoryPaths
    {
        private static readonly Lazy<string> RootValue = new(() =>
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Generator.sln"))) return dir.FullName;
            }

            throw new InvalidOperationException("Generator.sln not found above " + AppContext.BaseDirectory);
        });

        public static string Root => RootValue.Value;

        /// <summary>The seed article every consumer project compiles.</summary>
        public static string Seed => Path.Combine(Root, "seeds", "rouhani-kadhimi-call.txt");
    }
}
