using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace CorpusGenerator.Benchmarks.Corpus
{
    /// <summary>The 2,225 BBC articles (five topics, 5 MB), loaded once and shared by every benchmark.</summary>
    public static class BbcCorpus
    {
        private static readonly Lazy<IReadOnlyList<CorpusArticleFile>> LazyArticles = new Lazy<IReadOnlyList<CorpusArticleFile>>(Load);

        public static IReadOnlyList<CorpusArticleFile> Articles => LazyArticles.Value;

        public static long TotalBytes
        {
            get
            {
                long total = 0;
                foreach (CorpusArticleFile article in Articles) total += article.Utf8Bytes;
                return total;
            }
        }

        /// <summary>The topic folders in a fixed order, so every run sees the files in the same order.</summary>
        public static IReadOnlyList<string> TopicFolders()
        {
            string root = RepositoryPaths.BbcCorpus;
            if (!Directory.Exists(root)) throw new DirectoryNotFoundException("The BBC corpus is not at " + root + " (set CORPUS_BBC_DIR).");
            string[] topics = Directory.GetDirectories(root);
            Array.Sort(topics, StringComparer.Ordinal);
            return topics;
        }

        /// <summary>The class name the benchmarks give a file: <c>Business001</c> for business/001.txt.</summary>
        public static string ClassNameOf(string topicFolder, string file) =>
            ClassNamePrefixOf(topicFolder) + Path.GetFileNameWithoutExtension(file);

        /// <summary>What a topic's class names start with: <c>Business</c>.</summary>
        public static string ClassNamePrefixOf(string topicFolder) => Pascal(Path.GetFileName(topicFolder));

        private static IReadOnlyList<CorpusArticleFile> Load()
        {
            var articles = new List<CorpusArticleFile>();
            foreach (string topic in TopicFolders())
            {
                string[] files = Directory.GetFiles(topic, "*.txt");
                Array.Sort(files, StringComparer.Ordinal);
                foreach (string file in files)
                {
                    byte[] bytes = File.ReadAllBytes(file);
                    articles.Add(new CorpusArticleFile(file, ClassNameOf(topic, file), Decode(bytes), bytes.Length));
                }
            }

            return articles;
        }

        // As the compiler reads an AdditionalFile: UTF-8, BOM dropped.
        private static string Decode(byte[] bytes) => new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF');

        private static string Pascal(string word) =>
            word.Length == 0 ? word : char.ToUpper(word[0], CultureInfo.InvariantCulture) + word.Substring(1);
    }
}
