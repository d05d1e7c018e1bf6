using System;
using System.Threading;

namespace CorpusGenerator
{
    /// <summary>Values built on first use and kept, one slot each, safe across threads without locks.</summary>
    internal static class BuiltOnce
    {
        /// <summary>
        /// The value in <paramref name="slots"/>[<paramref name="index"/>], built by
        /// <paramref name="build"/> when there is none yet. Two threads may both build it; the first
        /// stored wins, so every caller sees one instance.
        /// </summary>
        public static T Get<T>(T?[] slots, int index, Func<int, T> build)
            where T : class
        {
            T? value = Volatile.Read(ref slots[index]);
            if (value != null) return value;
            T built = build(index);
            return Interlocked.CompareExchange(ref slots[index], built, null) ?? built;
        }

        /// <summary>
        /// The same for a single slot, built from <paramref name="state"/>: no delegate or closure is
        /// made per call, for objects made by the thousand that build their value only if asked.
        /// </summary>
        public static T Get<TState, T>(ref T? slot, TState state, Func<TState, T> build)
            where T : class
        {
            T? value = Volatile.Read(ref slot);
            if (value != null) return value;
            T built = build(state);
            return Interlocked.CompareExchange(ref slot, built, null) ?? built;
        }

        /// <summary>The same for a single slot: the value in <paramref name="slot"/>, built by <paramref name="build"/> when there is none yet.</summary>
        public static T Get<T>(ref T? slot, Func<T> build)
            where T : class
        {
            T? value = Volatile.Read(ref slot);
            if (value != null) return value;
            T built = build();
            return Interlocked.CompareExchange(ref slot, built, null) ?? built;
        }
    }
}
