using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;

namespace CorpusGenerator
{
    /// <summary>
    /// <c>Articles.All</c>: every article of the assembly in class-name order, each built when it is
    /// first read. Generated code gives it the groups and, for each article in order, its group and
    /// its index there.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class CompiledArticleList : IReadOnlyList<Article>
    {
        private readonly CompiledArticleGroup[] groups;
        private readonly int[] positions;

        /// <summary>The list of the articles at <paramref name="positions"/>.</summary>
        /// <param name="dataHolders">The generated classes that carry the groups' data (<see cref="CompiledArticleGroup.Of"/>).</param>
        /// <param name="positions">
        /// Packed (<c>PackedTable</c>): pairs of (index into <paramref name="dataHolders"/>, index in
        /// that group), one pair per article, in list order.
        /// </param>
        public CompiledArticleList(Type[] dataHolders, string positions)
            : this(GroupsOf(dataHolders), Unpack(positions))
        {
        }

        /// <summary>The list of the articles at <paramref name="positions"/>.</summary>
        /// <param name="groups">The groups.</param>
        /// <param name="positions">Pairs of (index into <paramref name="groups"/>, index in that group), one pair per article, in list order.</param>
        internal CompiledArticleList(CompiledArticleGroup[] groups, int[] positions)
        {
            this.groups = groups ?? throw new ArgumentNullException(nameof(groups));
            this.positions = positions ?? throw new ArgumentNullException(nameof(positions));
            if (positions.Length % 2 != 0) throw new ArgumentException("Positions come in pairs: group, then index in the group.", nameof(positions));
            for (int i = 0; i < positions.Length; i += 2)
            {
                if ((uint)positions[i] >= (uint)groups.Length || (uint)positions[i + 1] >= (uint)groups[positions[i]].Count)
                {
                    throw new ArgumentException("Position " + (i / 2) + " names no article of the groups given.", nameof(positions));
                }
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
                return groups[positions[2 * index]][positions[(2 * index) + 1]];
            }
        }

        /// <inheritdoc />
        public IEnumerator<Article> GetEnumerator()
        {
            for (int i = 0; i < Count; i++) yield return this[i];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private static CompiledArticleGroup[] GroupsOf(Type[] dataHolders)
        {
            if (dataHolders is null) throw new ArgumentNullException(nameof(dataHolders));
            var groups = new CompiledArticleGroup[dataHolders.Length];
            for (int i = 0; i < groups.Length; i++) groups[i] = CompiledArticleGroup.Of(dataHolders[i]);
            return groups;
        }

        private static int[] Unpack(string positions) =>
            PackedTable.Unpack(positions ?? throw new ArgumentNullException(nameof(positions)));
    }
}
