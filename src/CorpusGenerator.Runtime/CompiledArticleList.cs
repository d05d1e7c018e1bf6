using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace CorpusGenerator
{
    /// <summary>
    /// <c>Articles.All</c>: every article of the assembly in class-name order, each built when it is
    /// first read, and what finds an article class's data by the class's name. Generated code gives
    /// it, in a <see cref="CompiledArticleIndexAttribute"/> on the <c>Articles</c> class, the groups
    /// and, for each article in order, its class's name, its group and its index there.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class CompiledArticleList : IReadOnlyList<Article>
    {
        private readonly CompiledArticleGroup?[] groups;
        private readonly Func<int, CompiledArticleGroup>? readGroup; // null when the groups are given (tests)
        private readonly int[] positions;
        private readonly Dictionary<string, int> byClassName = new Dictionary<string, int>(StringComparer.Ordinal);

        // Weak keys: a corpus assembly loaded in a collectible AssemblyLoadContext can still unload.
        private static readonly ConditionalWeakTable<Type, CompiledArticleList> ByArticlesClass = new ConditionalWeakTable<Type, CompiledArticleList>();
        private static readonly ConditionalWeakTable<Type, CompiledArticleList>.CreateValueCallback Read = ReadList;

        /// <summary>The list of the articles at <paramref name="positions"/> of <paramref name="groups"/>, all checked now.</summary>
        /// <param name="groups">The groups.</param>
        /// <param name="positions">Pairs of (index into <paramref name="groups"/>, index in that group), one pair per article, in list order.</param>
        internal CompiledArticleList(CompiledArticleGroup[] groups, int[] positions)
            : this(groups ?? throw new ArgumentNullException(nameof(groups)), null, positions, classNames: null)
        {
            for (int i = 0; i < positions.Length; i += 2)
            {
                if ((uint)positions[i + 1] >= (uint)groups[positions[i]].Count)
                {
                    throw new ArgumentException("Position " + (i / 2) + " names no article of the groups given.", nameof(positions));
                }
            }
        }

        /// <summary>
        /// The list generated code describes: each group is read from its data holder when one of its
        /// articles is first wanted, so finding one article class's data reads one group's data.
        /// </summary>
        private CompiledArticleList(CompiledArticleGroup?[] groups, Type[]? dataHolders, int[] positions, string[]? classNames)
        {
            this.groups = groups;
            if (dataHolders != null) readGroup = slot => CompiledArticleGroup.Of(dataHolders[slot]);
            this.positions = positions ?? throw new ArgumentNullException(nameof(positions));
            if (positions.Length % 2 != 0) throw new ArgumentException("Positions come in pairs: group, then index in the group.", nameof(positions));
            for (int i = 0; i < positions.Length; i += 2)
            {
                if ((uint)positions[i] >= (uint)groups.Length || positions[i + 1] < 0)
                {
                    throw new ArgumentException("Position " + (i / 2) + " names no article of the groups given.", nameof(positions));
                }
            }

            if (classNames is null) return;
            if (classNames.Length != Count) throw new ArgumentException(classNames.Length + " class names for " + Count + " articles.", nameof(classNames));
            for (int i = 0; i < classNames.Length; i++)
            {
                if (byClassName.ContainsKey(classNames[i])) throw new ArgumentException("The class name " + classNames[i] + " is given twice.", nameof(classNames));
                byClassName.Add(classNames[i], i);
            }
        }

        /// <inheritdoc />
        public int Count => positions.Length / 2;

        /// <inheritdoc />
        public Article this[int index]
        {
            get
            {
                if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
                return GroupAt(index)[positions[(2 * index) + 1]];
            }
        }

        /// <inheritdoc />
        public IEnumerator<Article> GetEnumerator()
        {
            for (int i = 0; i < Count; i++) yield return this[i];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        /// <summary>
        /// The list that <paramref name="articlesClass"/> (the generated <c>Articles</c> class)
        /// describes in its <see cref="CompiledArticleIndexAttribute"/>: one instance per class, shared
        /// by <c>Articles.All</c> and the article classes nested in it.
        /// </summary>
        public static CompiledArticleList Of(Type articlesClass)
        {
            if (articlesClass is null) throw new ArgumentNullException(nameof(articlesClass));
            return ByArticlesClass.GetValue(articlesClass, Read);
        }

        /// <summary>The group of the article whose class is named <paramref name="className"/>, and its index there; false when no article's class has that name.</summary>
        internal bool TryLocate(string className, out CompiledArticleGroup group, out int index)
        {
            if (!byClassName.TryGetValue(className, out int position))
            {
                group = null!;
                index = -1;
                return false;
            }

            group = GroupAt(position);
            index = positions[(2 * position) + 1];
            return true;
        }

        /// <summary>The group of the article at <paramref name="position"/>, read on first use and checked to hold it.</summary>
        private CompiledArticleGroup GroupAt(int position)
        {
            int slot = positions[2 * position];
            CompiledArticleGroup group = readGroup is null ? groups[slot]! : BuiltOnce.Get(groups, slot, readGroup);
            if (positions[(2 * position) + 1] >= group.Count)
            {
                throw new InvalidOperationException(
                    "Article " + position + " of the list is past the end of its group. Use the runtime library from the same CorpusGenerator package as the generator.");
            }

            return group;
        }

        private static CompiledArticleList ReadList(Type articlesClass)
        {
            var attribute = articlesClass.GetTypeInfo().GetCustomAttribute<CompiledArticleIndexAttribute>(inherit: false)
                ?? throw new ArgumentException(
                    articlesClass.FullName + " carries no " + nameof(CompiledArticleIndexAttribute) + ": it is not an Articles class the generator wrote.",
                    nameof(articlesClass));
            string[] names = attribute.ClassNames.Length == 0 ? new string[0] : attribute.ClassNames.Split(' ');
            Type[] holders = attribute.DataHolders;
            foreach (Type holder in holders)
            {
                if (holder is null) throw new ArgumentException(articlesClass.FullName + " names a null data holder.", nameof(articlesClass));
            }

            return new CompiledArticleList(new CompiledArticleGroup?[holders.Length], holders, Unpack(attribute.Positions), names);
        }

        private static int[] Unpack(string positions) =>
            PackedTable.Unpack(positions ?? throw new ArgumentNullException(nameof(positions)));
    }
}
