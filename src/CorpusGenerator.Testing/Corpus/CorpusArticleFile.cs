using System;

namespace CorpusGenerator.Testing
{
    /// <summary>One <c>CorpusArticle</c> item of a <see cref="CorpusProject"/>: the file and its optional <c>ClassName</c>.</summary>
    public sealed class CorpusArticleFile
    {
        /// <summary>Creates an item.</summary>
        /// <param name="path">The file, relative to the project folder or absolute.</param>
        /// <param name="className">The <c>ClassName</c> metadata, or <see langword="null"/>.</param>
        public CorpusArticleFile(string path, string? className)
        {
            Path = string.IsNullOrEmpty(path) ? throw new ArgumentException("An article path is required.", nameof(path)) : path;
            ClassName = className;
        }

        /// <summary>The file, relative to the project folder or absolute.</summary>
        public string Path { get; }

        /// <summary>The <c>ClassName</c> metadata, or <see langword="null"/>.</summary>
        public string? ClassName { get; }
    }
}
