using System;
using System.ComponentModel;
using System.Threading;

namespace CorpusGenerator
{
    /// <summary>
    /// The articles of one generated file, built on first use and kept. Generated code puts many
    /// articles in one file and builds them through one method: across thousands of articles, one
    /// method per file instead of several per article is what keeps the first enumeration of
    /// <c>Articles.All</c> from spending its time in the JIT (docs/performance.md).
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class CompiledArticleGroup
    {
        private readonly Func<int, Article> build;
        private readonly Article?[] articles;

        /// <summary>A group of <paramref name="count"/> articles, the one at index <c>i</c> made by <c>build(i)</c>.</summary>
        /// <param name="count">How many articles the group holds.</param>
        /// <param name="build">Builds one article from its compiled data; called at most once per article that is kept.</param>
        public CompiledArticleGroup(int count, Func<int, Article> build)
        {
            if (count < 0) throw new ArgumentOutOfRangeException(nameof(count));
            this.build = build ?? throw new ArgumentNullException(nameof(build));
            articles = new Article?[count];
        }

        /// <summary>Number of articles in the group.</summary>
        public int Count => articles.Length;

        /// <summary>The article at <paramref name="index"/>, built on first use; every call returns the same instance.</summary>
        public Article this[int index]
        {
            get
            {
                Article? article = Volatile.Read(ref articles[index]);
                if (article != null) return article;

                // Two threads may both build it; the first stored wins, so callers all see one instance.
                Article built = build(index) ?? throw new InvalidOperationException("The generated code built no article at index " + index + ".");
                return Interlocked.CompareExchange(ref articles[index], built, null) ?? built;
            }
        }
    }
}
