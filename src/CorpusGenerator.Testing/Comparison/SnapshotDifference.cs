namespace CorpusGenerator.Testing
{
    /// <summary>A target whose received text is new or differs from its verified text.</summary>
    internal sealed class SnapshotDifference
    {
        public SnapshotDifference(SnapshotFilePair files, string receivedText, string? verifiedText)
        {
            Files = files;
            ReceivedText = receivedText;
            VerifiedText = verifiedText;
        }

        public SnapshotFilePair Files { get; }

        public string ReceivedText { get; }

        /// <summary><see langword="null"/> for a new target.</summary>
        public string? VerifiedText { get; }
    }
}
