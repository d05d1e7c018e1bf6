namespace CorpusGenerator.Testing.Tests.Infrastructure
{
    /// <summary>
    /// Explicit machine permissions: CI runs these tests with CI=true, a developer without, and
    /// each test must mean the same in both. No test ever opens a diff tool.
    /// </summary>
    internal static class Environments
    {
        public static SnapshotEnvironment Developer => new(isBuildServer: false, acceptRequested: false, diffToolEnabled: false);

        public static SnapshotEnvironment DeveloperAccepting => new(isBuildServer: false, acceptRequested: true, diffToolEnabled: false);

        public static SnapshotEnvironment BuildServerAccepting => new(isBuildServer: true, acceptRequested: true, diffToolEnabled: false);

        public static SnapshotSettings In(TemporaryDirectory directory, SnapshotEnvironment environment) =>
            new SnapshotSettings().UseDirectory(directory.Path).UseEnvironment(environment);
    }
}
