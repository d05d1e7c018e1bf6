using System.Globalization;
using System.Text;
using CorpusGenerator.Diagnostics;
using CorpusGenerator.Extraction;

namespace CorpusGenerator.Reading
{
    /// <summary>
    /// Tells whether the compiler could decode an article. The compiler reads an AdditionalFile as
    /// strict UTF-8 (or as UTF-16/32 when it has a byte order mark) and, when the bytes are not valid
    /// UTF-8, silently falls back to the system's ANSI code page: Windows-1252 on Windows, which turns
    /// "café" into "cafÃ©", and UTF-8 with U+FFFD for every bad byte on Linux and macOS. Either is
    /// garbage in the model, so the article is refused at the first character the fallback produced.
    /// </summary>
    public static class ArticleEncoding
    {
        /// <summary>
        /// The problem with how <paramref name="text"/> was decoded, or null when it was decoded as
        /// Unicode or the encoding is not known (text that never was bytes).
        /// </summary>
        /// <param name="text">The decoded text.</param>
        /// <param name="encoding">The encoding the compiler used (<c>SourceText.Encoding</c>).</param>
        public static ArticleProblem? Check(string text, Encoding? encoding)
        {
            if (encoding is null) return null;
            if (IsUnicode(encoding)) return CheckReplaced(text, encoding);

            // Bytes that are valid UTF-8 mean the same in UTF-8 (an ASCII file read with an explicit
            // CodePage, say): nothing was lost. Else, a single-byte code page maps byte i to character i,
            // so the first byte that is not UTF-8 is also the character where the damage shows.
            byte[] bytes = encoding.GetBytes(text);
            int invalid = FirstInvalidUtf8Byte(bytes);
            if (invalid < 0 && string.Equals(Encoding.UTF8.GetString(bytes), text, System.StringComparison.Ordinal)) return null;

            int at = 0;
            string detail = string.Empty;
            if (encoding.IsSingleByte && invalid >= 0 && invalid < text.Length)
            {
                at = invalid;
                detail = " (byte 0x" + bytes[invalid].ToString("X2", CultureInfo.InvariantCulture) + " here)";
            }

            return new ArticleProblem(
                DiagnosticIds.Unreadable,
                new TextRange(at, at == 0 && detail.Length == 0 ? 0 : at + 1),
                "it is not valid UTF-8" + detail + " and the compiler fell back to " + encoding.WebName + "; save the file as UTF-8");
        }

        /// <summary>
        /// Decoded as Unicode: strict UTF-8 (the compiler's first try) holds the file's own characters,
        /// but any other decoder replaced bytes it could not read with U+FFFD, and so did the compiler's
        /// fallback on Linux and macOS. A U+FFFD from such a decoder is a byte that was lost.
        /// </summary>
        private static ArticleProblem? CheckReplaced(string text, Encoding encoding)
        {
            if (encoding.DecoderFallback is DecoderExceptionFallback) return null;
            int replaced = text.IndexOf('\uFFFD');
            if (replaced < 0) return null;
            return new ArticleProblem(
                DiagnosticIds.Unreadable,
                new TextRange(replaced, replaced + 1),
                "it holds bytes that are not valid " + (encoding.CodePage == 65001 ? "UTF-8" : encoding.WebName) + ", the first here, which the compiler replaced by U+FFFD; save the file as UTF-8");
        }

        private static bool IsUnicode(Encoding encoding) =>
            encoding.CodePage == 65001 || encoding.CodePage == 1200 || encoding.CodePage == 1201
            || encoding.CodePage == 12000 || encoding.CodePage == 12001;

        /// <summary>Index of the first byte that starts no well-formed UTF-8 sequence, or -1.</summary>
        internal static int FirstInvalidUtf8Byte(byte[] bytes)
        {
            int i = 0;
            while (i < bytes.Length)
            {
                byte b = bytes[i];
                if (b < 0x80)
                {
                    i++;
                    continue;
                }

                int length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
                if (length == 0 || i + length > bytes.Length) return i;
                for (int k = 1; k < length; k++)
                {
                    if ((bytes[i + k] & 0xC0) != 0x80) return i;
                }

                // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8 either.
                byte second = bytes[i + 1];
                if ((b == 0xE0 && second < 0xA0) || (b == 0xED && second >= 0xA0)
                    || (b == 0xF0 && second < 0x90) || (b == 0xF4 && second >= 0x90))
                {
                    return i;
                }

                i += length;
            }

            return -1;
        }
    }
}
