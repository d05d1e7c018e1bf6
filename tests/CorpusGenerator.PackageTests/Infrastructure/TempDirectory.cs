namespace CorpusGenerator.PackageTests.Infrastructure
{
    /// <summary>A folder of its own under the system temp folder, deleted on dispose.</summary>
    internal sealed class TempDirectory : IDisposable
    {
        public TempDirectory(string purpose)
        {
            // Outside the repository, so no Directory.Build.props or nuget.config of ours leaks in:
            // consumers see only what a user's project would.
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "corpus-" + purpose + "-" + Guid.NewGuid().ToString("N")[..8]);
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public string Combine(params string[] parts) => System.IO.Path.Combine(new[] { Path }.Concat(parts).ToArray());

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // A build server may still hold a file for a moment; temp cleaning gets it later.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
