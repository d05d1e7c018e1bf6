using System;
using System.ComponentModel;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace CorpusGenerator
{
    /// <summary>
    /// The articles of one generated file, built on first use and kept. Generated code puts many
    /// articles in one file and their compiled data in one block: across thousands of articles,
    /// the compiler's cost per literal and the JIT's cost per method are what made builds and the
    /// first enumeration of <c>Articles.All</c> slow (docs/performance.md). The data itself is a
    /// <see cref="CompiledArticleDataAttribute"/> on an empty generated class that stands for the group.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class CompiledArticleGroup
    {
        private readonly string data;
        private readonly int[] starts;
        private readonly int[] layout;
        private readonly Article?[] articles;
        private readonly Func<int, Article> build;
        private readonly string[] speakerFields;

        // Weak keys: a corpus assembly loaded in a collectible AssemblyLoadContext can still unload.
        private static readonly ConditionalWeakTable<Type, CompiledArticleGroup> ByHolder = new ConditionalWeakTable<Type, CompiledArticleGroup>();
        private static readonly ConditionalWeakTable<Type, CompiledArticleGroup>.CreateValueCallback Read = ReadGroup;

        /// <summary>A group whose articles' compiled data lie one after the other in <paramref name="data"/>.</summary>
        /// <param name="data">For each article in turn: its text and strings, then its packed offset table.</param>
        /// <param name="layout">For each article, two numbers: the length in characters of its text and strings, then of its table.</param>
        /// <param name="speakerFields">For each article, a line: its class's speaker field names, separated by spaces.</param>
        internal CompiledArticleGroup(string data, int[] layout, string speakerFields)
        {
            this.data = data ?? throw new ArgumentNullException(nameof(data));
            this.layout = layout ?? throw new ArgumentNullException(nameof(layout));
            if (layout.Length % 2 != 0) throw new ArgumentException("The layout comes in pairs: text length, then table length.", nameof(layout));
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
                    "The layout accounts for " + next + " characters of compiled data but there are " + data.Length +
                    ". Use the runtime library from the same CorpusGenerator package as the generator.",
                    nameof(layout));
            }

            articles = new Article?[starts.Length];
            build = Build;
            if (speakerFields is null) throw new ArgumentNullException(nameof(speakerFields));
            this.speakerFields = starts.Length == 0 && speakerFields.Length == 0 ? new string[0] : speakerFields.Split('\n');
            if (this.speakerFields.Length != starts.Length)
            {
                throw new ArgumentException("The speaker fields have " + this.speakerFields.Length + " line(s) for " + starts.Length + " articles. Use the runtime library from the same CorpusGenerator package as the generator.", nameof(speakerFields));
            }
        }

        /// <summary>Number of articles in the group.</summary>
        public int Count => articles.Length;

        /// <summary>The article at <paramref name="index"/>, built on first use; every call returns the same instance.</summary>
        public Article this[int index] => BuiltOnce.Get(articles, index, build);

        /// <summary>The speaker field names of the class of the article at <paramref name="index"/>, in speaker order, separated by spaces.</summary>
        internal string SpeakerFields(int index) => speakerFields[index];

        private Article Build(int index)
        {
            int textLength = layout[2 * index];
            int[] table = PackedTable.Unpack(data, starts[index] + textLength, layout[(2 * index) + 1]);
            return Article.FromCompiledData(data, starts[index], textLength, table);
        }

        /// <summary>
        /// The group whose data <paramref name="dataHolder"/> carries as its
        /// <see cref="CompiledArticleDataAttribute"/>: one instance per class, shared by
        /// <c>Articles.All</c> and the article classes, so an article is built once.
        /// </summary>
        /// <param name="dataHolder">The generated class the data is attached to.</param>
        public static CompiledArticleGroup Of(Type dataHolder)
        {
            if (dataHolder is null) throw new ArgumentNullException(nameof(dataHolder));
            return ByHolder.GetValue(dataHolder, Read);
        }

        private static CompiledArticleGroup ReadGroup(Type dataHolder)
        {
            var attribute = dataHolder.GetTypeInfo().GetCustomAttribute<CompiledArticleDataAttribute>(inherit: false)
                ?? throw new ArgumentException(
                    dataHolder.FullName + " carries no " + nameof(CompiledArticleDataAttribute) + ": it is not a class the generator wrote.",
                    nameof(dataHolder));
            return new CompiledArticleGroup(attribute.Data, PackedTable.Unpack(attribute.Layout), attribute.SpeakerFields);
        }
    }
}
