using System;
using System.Threading.Tasks;
using DiffEngine;

namespace CorpusGenerator.Testing
{
    /// <summary>
    /// Opens the developer's diff tool on a mismatch through DiffEngine. Harmless where no tool is
    /// installed (DiffEngine answers NoDiffToolFound), and never run on a build server.
    /// </summary>
    internal static class DiffToolLauncher
    {
        public static async Task LaunchAsync(SnapshotEnvironment environment, string receivedPath, string verifiedPath)
        {
            if (!environment.MayLaunchDiffTool)
            {
                return;
            }

            try
            {
                await DiffRunner.LaunchAsync(receivedPath, verifiedPath).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // A diff tool is a convenience: failing to open one must not hide the mismatch itself.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }
    }
}
