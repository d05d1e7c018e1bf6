using System;
using System.ComponentModel;
using System.Threading;

namespace CorpusGenerator
{
    /// <summary>
    /// The articles of one generated file, built on first use and kept. Generated code puts many
    /// articles in one file and their compiled data in one block: across thousands of articles,
    /// the compiler's cost per literal and the JIT's cost per method are what made builds and the
    /// first enumeration of <c>Articles.All</c> slow (docs/performance.md).
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class CompiledArticleGroup
    {
        private readonly byte[] data;
        private readonly int[] starts;
        private readonly int[] layout;
        private readonly Article?[] articles;

        /// <summary>A group whose articles' compiled data lie one after the other in <paramref name="data"/>.</summary>
        /// <param name="data">For each article in turn: its UTF-8 text and strings, then its packed offset table.</param>
        /// <param name="layout">For each article, two numbers: the byte length of its text, then of its table.</param>
        public CompiledArticleGroup(byte[] data, int[] layout)
        {
            this.data = data ?? throw new ArgumentNullException(nameof(data));
            this.layout = layout ?? throw new ArgumentNullException(nameof(layout));
            if (layout.Length % 2 != 0) throw new ArgumentException("The layout comes in pairs: text bytes, then table bytes.", nameof(layout));
            starts = new int[layout.Length / 2];
            long next = 0;
            for (int i = 0; i < starts.Length; i++)
            {
                if (layout[2 * i] < 0 || layout[(2 * i) + 1] < 0) throw new ArgumentException("Article " + i + " has a negative length in the layout.", nameof(layout));
                starts[i] = (int)Math.Min(next, int.MaxValue);
                next += (long)layout[2 * i] + layout[(2 * i) + 1];
            }

            if (next != data.Length)
            {
                throw new ArgumentException(
                    "The layout accounts for " + next + " bytes of compiled data but there are " + data.Length +
                    ". Use the runtime library from the same CorpusGenerator package as the generator.",
                    nameof(layout));
            }

            articles = new Article?[starts.Length];
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
                int textBytes = layout[2 * index];
                int[] table = PackedTable.Unpack(data, starts[index] + textBytes, layout[(2 * index) + 1]);
                Article built = Article.FromCompiledData(data, starts[index], textBytes, table);
                return Interlocked.CompareExchange(ref articles[index], built, null) ?? built;
            }
        }
    }
}
