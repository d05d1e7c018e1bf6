using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace CorpusGenerator.Cli
{
    /// <summary>Expands the paths given on the command line into article files, and reads them.</summary>
    internal static class ArticleFiles
    {
        /// <summary>
        /// Files as given; folders expanded to their .txt files, recursively, sorted ordinally so
        /// that output is the same on every machine.
        /// </summary>
        public static List<string> Expand(IEnumerable<string> paths, TextWriter errors)
        {
            var files = new List<string>();
            foreach (string path in paths)
            {
                if (Directory.Exists(path))
                {
                    files.AddRange(Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal));
                }
                else if (File.Exists(path))
                {
                    files.Add(path);
                }
                else
                {
                    errors.WriteLine("corpus: no such file or folder: " + path);
                }
            }

            return files;
        }

        /// <summary>
        /// Reads as the compiler reads an AdditionalFile on Linux and macOS: UTF-8 unless a BOM says
        /// otherwise, bytes that are not UTF-8 replaced by U+FFFD. <paramref name="encoding"/> says
        /// which decoder was used, so the analysis can report lost bytes as the build would.
        /// </summary>
        public static string Read(string path, out System.Text.Encoding encoding)
        {
            using var reader = new StreamReader(path, new System.Text.UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
            string text = reader.ReadToEnd();
            encoding = reader.CurrentEncoding;
            return text;
        }
    }
}
