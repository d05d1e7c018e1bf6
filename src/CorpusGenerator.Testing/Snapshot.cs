using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;

namespace CorpusGenerator.Testing
{
    /// <summary>
    /// Verifies any set of texts against <c>.verified.</c> files beside the test, as Verify does:
    /// the building block that <see cref="SourceGeneratorSnapshot"/> (and a future article
    /// snapshot) turn their input into targets for. Independent of any test framework.
    /// </summary>
    public static class Snapshot
    {
        /// <summary>
        /// Compares the targets with the test's verified files. Fails with
        /// <see cref="SnapshotMismatchException"/> (after writing <c>.received.</c> files) when one is
        /// new, differs, or a verified file is no longer produced; accepts instead when asked to.
        /// </summary>
        /// <param name="targets">The files this test produces.</param>
        /// <param name="settings">Directory, naming, scrubbing and accepting; <see langword="null"/> for defaults.</param>
        /// <param name="sourceFile">Filled in by the compiler: the test's source file.</param>
        /// <param name="testMethod">Filled in by the compiler: the test method's name.</param>
        public static Task Verify(
            IEnumerable<SnapshotTarget> targets,
            SnapshotSettings? settings = null,
            [CallerFilePath] string sourceFile = "",
            [CallerMemberName] string testMethod = "")
        {
            var location = SnapshotLocation.For(settings, sourceFile, testMethod);
            RequireSourceDirectory(sourceFile, settings);
            return VerifyAt(location, targets, settings);
        }

        /// <summary>
        /// Snapshots live beside the test source, so its folder must exist here. It does not when the
        /// test assembly was built with a path map (deterministic CI builds turn paths into
        /// <c>/_/...</c>): failing then beats writing snapshots into a made-up folder.
        /// </summary>
        static void RequireSourceDirectory(string sourceFile, SnapshotSettings? settings)
        {
            if (settings?.Directory is { } directory && System.IO.Path.IsPathRooted(directory))
            {
                return;
            }

            var sourceDirectory = System.IO.Path.GetDirectoryName(sourceFile);
            if (!System.IO.Directory.Exists(sourceDirectory))
            {
                throw new InvalidOperationException(
                    "The test source folder " + sourceDirectory + " ([CallerFilePath]) does not exist on this machine. "
                    + "Build the test project without a path map (no ContinuousIntegrationBuild/PathMap for tests) "
                    + "or give SnapshotSettings.UseDirectory an absolute path.");
            }
        }

        /// <summary>Compares the targets with the verified files of an explicit location.</summary>
        /// <param name="location">The directory and prefix of the files.</param>
        /// <param name="targets">The files this test produces.</param>
        /// <param name="settings">Scrubbing and accepting; its naming options are not used here.</param>
        public static Task VerifyAt(SnapshotLocation location, IEnumerable<SnapshotTarget> targets, SnapshotSettings? settings = null)
        {
            if (location is null)
            {
                throw new ArgumentNullException(nameof(location));
            }

            if (targets is null)
            {
                throw new ArgumentNullException(nameof(targets));
            }

            var list = targets.ToList();
            if (list.Contains(null!))
            {
                throw new ArgumentException("A target list cannot contain null.", nameof(targets));
            }

            return SnapshotComparison.RunAsync(location, list, settings ?? new SnapshotSettings());
        }
    }
}
