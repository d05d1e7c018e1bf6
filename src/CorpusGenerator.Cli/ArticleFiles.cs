using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace CorpusGenerator.Cli
{
    /// <summary>An article file: where it is, and the name reports give it.</summary>
    /// <param name="Path">The path to read, as given or found.</param>
    /// <param name="Name">The file's name, or its path below the folder given on the command line.</param>
    internal readonly record struct ArticleFile(string Path, string Name);

    /// <summary>Expands the paths given on the command line into article files, and reads them.</summary>
    internal static class ArticleFiles
    {
        /// <summary>
        /// Files as given; folders expanded to their .txt files, recursively, sorted ordinally so
        /// that output is the same on every machine.
        /// </summary>
        public static List<ArticleFile> Expand(IEnumerable<string> paths, TextWriter errors)
        {
            var files = new List<ArticleFile>();
            foreach (string path in paths)
            {
                if (Directory.Exists(path))
                {
                    files.AddRange(Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories)
                        .OrderBy(f => f, StringComparer.Ordinal)
                        .Select(f => new ArticleFile(f, NameInFolder(path, f))));
                }
                else if (File.Exists(path))
                {
                    files.Add(new ArticleFile(path, Path.GetFileName(path)));
                }
                else
                {
                    errors.WriteLine("corpus: no such file or folder: " + path);
                }
            }

            return files;
        }

        /// <summary>
        /// "business/001.txt" for a file found under the folder given: a folder of topics repeats
        /// file names (the BBC corpus has 511 names for 2,225 files), so the name alone would not
        /// say which article a report is about. Separated by '/' on every system.
        /// </summary>
        private static string NameInFolder(string folder, string file) =>
            Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/');

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
