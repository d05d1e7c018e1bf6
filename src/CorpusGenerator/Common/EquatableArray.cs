using System;
using System.Collections;
using System.Collections.Generic;

namespace CorpusGenerator
{
    /// <summary>
    /// An immutable array compared by its elements, so that models holding it stay equatable and
    /// the incremental pipeline can tell an unchanged step from a changed one.
    /// </summary>
    public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
        where T : IEquatable<T>
    {
        private readonly T[]? items;

        /// <summary>Wraps <paramref name="items"/>; the caller must not change it afterwards.</summary>
        public EquatableArray(T[] items) => this.items = items;

        /// <summary>An array with no elements.</summary>
        public static EquatableArray<T> Empty => new EquatableArray<T>(Array.Empty<T>());

        /// <summary>Number of elements.</summary>
        public int Count => items?.Length ?? 0;

        /// <summary>The element at <paramref name="index"/>.</summary>
        public T this[int index] => (items ?? Array.Empty<T>())[index];

        /// <summary>Whether the array has no elements.</summary>
        public bool IsEmpty => Count == 0;

        /// <inheritdoc />
        public bool Equals(EquatableArray<T> other)
        {
            T[] mine = items ?? Array.Empty<T>();
            T[] theirs = other.items ?? Array.Empty<T>();
            if (ReferenceEquals(mine, theirs)) return true;
            if (mine.Length != theirs.Length) return false;
            for (int i = 0; i < mine.Length; i++)
            {
                if (!EqualityComparer<T>.Default.Equals(mine[i], theirs[i])) return false;
            }

            return true;
        }

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode()
        {
            unchecked
            {
                int hash = 17;
                foreach (T item in items ?? Array.Empty<T>())
                {
                    hash = (hash * 31) + (item is null ? 0 : item.GetHashCode());
                }

                return hash;
            }
        }

        /// <summary>Compares by elements.</summary>
        public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

        /// <summary>Compares by elements.</summary>
        public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

        /// <summary>The elements as a new array.</summary>
        public T[] ToArray() => (T[])(items ?? Array.Empty<T>()).Clone();

        /// <inheritdoc />
        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(items ?? Array.Empty<T>())).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>Helpers to build <see cref="EquatableArray{T}"/>.</summary>
    public static class EquatableArray
    {
        /// <summary>Copies <paramref name="items"/> into an equatable array.</summary>
        public static EquatableArray<T> From<T>(IEnumerable<T> items)
            where T : IEquatable<T> => new EquatableArray<T>(new List<T>(items).ToArray());
    }
}
