using System.Text;

namespace CorpusGenerator.Testing.Tests.Infrastructure
{
    /// <summary>A throwaway folder, so that these tests never write into the repository and leave nothing behind.</summary>
    internal sealed class TemporaryDirectory : IDisposable
    {
        public TemporaryDirectory(string purpose)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "corpus-" + purpose + "-" + Guid.NewGuid().ToString("N")[..12]);
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public string Combine(params string[] parts) => System.IO.Path.Combine(new[] { Path }.Concat(parts).ToArray());

        public string[] FileNames() =>
            Directory.EnumerateFiles(Path).Select(file => System.IO.Path.GetFileName(file)).OrderBy(name => name, StringComparer.Ordinal).ToArray();

        /// <summary>A snapshot file's text, which must start with the UTF-8 BOM every snapshot file has.</summary>
        public string ReadSnapshot(string name)
        {
            var bytes = File.ReadAllBytes(Combine(name));
            Assert.True(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, name + " starts with a UTF-8 BOM");
            return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        }

        public void Dispose()
        {
            try
            {
                if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // A process the test started may still hold a file for a moment; the OS cleans temp.
            }
        }
    }
}
