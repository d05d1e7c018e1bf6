using System;
using System.IO;
using System.Linq;
using System.Text;

namespace CorpusGenerator.Tests.Snapshots
{
    /// <summary>
    /// A throwaway folder for the harness's own tests, so that they never write into the
    /// repository and leave nothing behind.
    /// </summary>
    internal sealed class TemporarySnapshotDirectory : IDisposable
    {
        public TemporarySnapshotDirectory()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "corpus-snapshots-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public string File(string name) => System.IO.Path.Combine(Path, name);

        /// <summary>Writes a file as the harness does (BOM + text) unless told otherwise.</summary>
        public void Write(string name, string text, bool withBom = true)
        {
            var body = Encoding.UTF8.GetBytes(text);
            var bytes = withBom ? new byte[] { 0xEF, 0xBB, 0xBF }.Concat(body).ToArray() : body;
            System.IO.File.WriteAllBytes(File(name), bytes);
        }

        public byte[] ReadBytes(string name) => System.IO.File.ReadAllBytes(File(name));

        /// <summary>The text after the BOM, which every file the harness writes must start with.</summary>
        public string ReadWithBom(string name)
        {
            var bytes = ReadBytes(name);
            Assert.True(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, name + " starts with a UTF-8 BOM");
            return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        }

        public string[] FileNames() =>
            Directory.EnumerateFiles(Path).Select(System.IO.Path.GetFileName).OrderBy(name => name, StringComparer.Ordinal).ToArray()!;

        public void Dispose()
        {
            if (Directory.Exists(Path))
            {
                Directory.Delete(Path, recursive: true);
            }
        }
    }
}
