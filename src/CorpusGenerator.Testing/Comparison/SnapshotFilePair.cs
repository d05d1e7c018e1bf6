namespace CorpusGenerator.Testing
{
    /// <summary>A target and the two paths it is compared through.</summary>
    internal sealed class SnapshotFilePair
    {
        public SnapshotFilePair(SnapshotTarget target, string receivedPath, string verifiedPath)
        {
            Target = target;
            ReceivedPath = receivedPath;
            VerifiedPath = verifiedPath;
        }

        public SnapshotTarget Target { get; }

        public string ReceivedPath { get; }

        public string VerifiedPath { get; }
    }
}
