using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace CorpusGenerator.Testing
{
    /// <summary>
    /// The compare/fail/accept engine of shared/design/snapshots.md, for any set of targets:
    /// delete this prefix's received files; compare each target (New, NotEqual); find verified
    /// files no longer produced (Delete); then accept, or write received files, open the diff
    /// tool and fail.
    /// </summary>
    internal static class SnapshotComparison
    {
        public static async Task RunAsync(SnapshotLocation location, IReadOnlyList<SnapshotTarget> targets, SnapshotSettings settings)
        {
            var environment = settings.Environment ?? SnapshotEnvironment.Current;

            // Received files are only ever the last failure's output: a pass must leave none behind.
            foreach (var stale in SnapshotFileNames.Existing(location, SnapshotFileNames.Received))
            {
                File.Delete(stale);
            }

            var pairs = SnapshotFileNames.Assign(location, targets);
            var newFiles = new List<SnapshotDifference>();
            var notEqualFiles = new List<SnapshotDifference>();
            foreach (var pair in pairs)
            {
                var received = LineScrubber.Apply(LineEndings.ToLf(pair.Target.Text), settings.LineScrubbers);
                var verified = SnapshotTextFile.ReadVerified(pair.VerifiedPath);
                if (verified is null)
                {
                    newFiles.Add(new SnapshotDifference(pair, received, null));
                }
                else if (!string.Equals(received, verified, System.StringComparison.Ordinal))
                {
                    notEqualFiles.Add(new SnapshotDifference(pair, received, verified));
                }
            }

            var produced = new HashSet<string>(pairs.Select(pair => pair.VerifiedPath), System.StringComparer.Ordinal);
            var deletePaths = SnapshotFileNames.Existing(location, SnapshotFileNames.Verified)
                .Where(path => !produced.Contains(path))
                .ToList();

            if (newFiles.Count == 0 && notEqualFiles.Count == 0 && deletePaths.Count == 0)
            {
                return;
            }

            var differences = newFiles.Concat(notEqualFiles).ToList();
            foreach (var difference in differences)
            {
                SnapshotTextFile.Write(difference.Files.ReceivedPath, difference.ReceivedText);
            }

            if (environment.MayAccept(settings.AcceptChanges))
            {
                Accept(differences, deletePaths);
                return;
            }

            foreach (var difference in differences)
            {
                await DiffToolLauncher.LaunchAsync(environment, difference.Files.ReceivedPath, difference.Files.VerifiedPath).ConfigureAwait(false);
            }

            throw new SnapshotMismatchException(
                MismatchMessage.Build(location.Directory, newFiles, notEqualFiles, deletePaths, Hint(environment, settings)),
                newFiles.Select(difference => Path.GetFileName(difference.Files.VerifiedPath)).ToList(),
                notEqualFiles.Select(difference => Path.GetFileName(difference.Files.VerifiedPath)).ToList(),
                deletePaths.Select(Path.GetFileName).ToList()!);
        }

        static void Accept(IReadOnlyList<SnapshotDifference> differences, IReadOnlyList<string> deletePaths)
        {
            foreach (var difference in differences)
            {
                File.Move(difference.Files.ReceivedPath, difference.Files.VerifiedPath, overwrite: true);
            }

            foreach (var path in deletePaths)
            {
                File.Delete(path);
            }
        }

        static string Hint(SnapshotEnvironment environment, SnapshotSettings settings) =>
            environment.IsBuildServer && (environment.AcceptRequested || settings.AcceptChanges)
                ? "Accepting was asked for but is never done on a build server (CI=true): accept locally and commit the .verified. files."
                : "To accept: review the .received. files, then rerun with " + SnapshotEnvironment.AcceptVariable + "=1 (or rename them to .verified.) and commit.";
    }
}
