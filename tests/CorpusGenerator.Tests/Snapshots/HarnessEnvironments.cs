using CorpusGenerator.Testing;

namespace CorpusGenerator.Tests.Snapshots
{
    /// <summary>
    /// Explicit machine permissions for the harness's tests: CI runs them with CI=true, a developer
    /// without, and each test must mean the same in both. No diff tool is ever opened by a test.
    /// </summary>
    internal static class HarnessEnvironments
    {
        public static SnapshotEnvironment Developer => new SnapshotEnvironment(isBuildServer: false, acceptRequested: false, diffToolEnabled: false);

        public static SnapshotEnvironment DeveloperAccepting => new SnapshotEnvironment(isBuildServer: false, acceptRequested: true, diffToolEnabled: false);

        public static SnapshotEnvironment BuildServerAccepting => new SnapshotEnvironment(isBuildServer: true, acceptRequested: true, diffToolEnabled: true);

        public static SnapshotSettings In(TemporarySnapshotDirectory directory, SnapshotEnvironment environment) =>
            new SnapshotSettings().UseDirectory(directory.Path).UseEnvironment(environment);
    }
}
