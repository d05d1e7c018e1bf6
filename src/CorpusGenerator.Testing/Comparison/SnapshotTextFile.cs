using System.IO;
using System.Text;

namespace CorpusGenerator.Testing
{
    /// <summary>
    /// Reads and writes snapshot files as Verify does: UTF-8 with a byte-order mark, the text's own
    /// line endings (LF once normalised), nothing added or removed at the end.
    /// </summary>
    internal static class SnapshotTextFile
    {
        // Strict decoding: a verified file that is not UTF-8 is an error, not a silent mismatch.
        static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

        public static void Write(string path, string text)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var preamble = StrictUtf8.GetPreamble();
            var body = StrictUtf8.GetBytes(text);
            var bytes = new byte[preamble.Length + body.Length];
            preamble.CopyTo(bytes, 0);
            body.CopyTo(bytes, preamble.Length);
            File.WriteAllBytes(path, bytes);
        }

        /// <summary>
        /// The verified text, or <see langword="null"/> when there is none yet: a missing file, or a
        /// 0-byte one (DiffEngine creates those so that a diff tool has something to open).
        /// </summary>
        public static string? ReadVerified(string path)
        {
            if (!File.Exists(path))
            {
                return null;
            }

            var bytes = File.ReadAllBytes(path);
            if (bytes.Length == 0)
            {
                return null;
            }

            var start = HasPreamble(bytes) ? 3 : 0;
            string text;
            try
            {
                text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
            }
            catch (DecoderFallbackException exception)
            {
                throw new VerifiedFileFormatException(path, "it is not UTF-8: " + exception.Message);
            }

            if (text.IndexOf('\r') >= 0)
            {
                throw new VerifiedFileFormatException(
                    path,
                    "it contains a carriage return (\\r). Verified files are LF-only: check that .gitattributes marks them `text eol=lf` and that no editor rewrote them");
            }

            return text;
        }

        static bool HasPreamble(byte[] bytes) =>
            bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
    }
}
