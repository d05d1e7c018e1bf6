using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// A fixed set of ASCII words looked up ignoring case: open addressing, a quarter full, so that
    /// most words asked, which are not in the set, stop at an empty slot or a differing hash without
    /// comparing a character. For ASCII, equal ignoring case here is exactly what
    /// <see cref="System.StringComparer.OrdinalIgnoreCase"/> says.
    /// </summary>
    internal sealed class AsciiWordTable
    {
        /// <summary>Length buckets of <see cref="starts"/>: longer words share the last one.</summary>
        private const int LengthBuckets = 32;

        private readonly string?[] keys;
        private readonly uint[] hashes;
        private readonly int mask;

        /// <summary>
        /// By word length, a bit for each first character the table's words of that length have
        /// (<c>c &amp; 31</c>: ASCII case is bit 5, so both cases of a letter share it).
        /// </summary>
        private readonly uint[] starts = new uint[LengthBuckets];

        private AsciiWordTable(int capacity)
        {
            keys = new string?[capacity];
            hashes = new uint[capacity];
            mask = capacity - 1;
        }

        /// <summary>The table of <paramref name="words"/>, or null when one of them is not ASCII.</summary>
        public static AsciiWordTable? TryCreate(IReadOnlyCollection<string> words)
        {
            int capacity = 8;
            while (capacity < words.Count * 4) capacity *= 2;
            var table = new AsciiWordTable(capacity);
            foreach (string word in words)
            {
                if (!TryHash(word, out uint hash)) return null;
                int slot = (int)(hash & table.mask);
                while (table.keys[slot] is not null) slot = (slot + 1) & table.mask;
                table.keys[slot] = word;
                table.hashes[slot] = hash;
                if (word.Length > 0) table.starts[StartsBucket(word.Length)] |= StartBit(word[0]);
            }

            return table;
        }

        /// <summary>
        /// False when no word of the table has the length of the word asked and its first
        /// character, ASCII case aside: most words asked of a set are turned away here, before any
        /// hashing. Words of a different length or first letter are never equal ignoring case, so
        /// false is the set's answer; a non-ASCII first character is left to the full lookup.
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(JitHints.InlineIntoOptimizedCaller)]
        public bool MayHold(char first, int length) => first >= 0x80 || (starts[StartsBucket(length)] & StartBit(first)) != 0;

        private static int StartsBucket(int length) => length < LengthBuckets ? length : LengthBuckets - 1;

        private static uint StartBit(char first) => 1u << (first & 31);

        /// <summary>
        /// A hash that folds ASCII case (<c>c | 0x20</c>: letters meet their other case, and a few
        /// symbols meet each other, which only costs a comparison). False for a non-ASCII word.
        /// </summary>
        public static bool TryHash(string word, out uint hash) => TryHash(word, 0, word.Length, out hash);

        /// <summary><see cref="TryHash(string, out uint)"/> of the word at [<paramref name="start"/>, +<paramref name="length"/>) of <paramref name="text"/>.</summary>
        [System.Runtime.CompilerServices.MethodImpl(JitHints.OptimizeAtOnce)]
        public static bool TryHash(string text, int start, int length, out uint hash)
        {
            uint h = 2166136261;
            int seen = 0;
            for (int i = start; i < start + length; i++)
            {
                char c = text[i];
                seen |= c;
                h = (h ^ (uint)(c | 0x20)) * 16777619;
            }

            hash = h ^ (h >> 15) ^ (uint)length;
            return seen < 0x80;
        }

        /// <summary>Whether the ASCII <paramref name="word"/>, of hash <paramref name="hash"/>, is in the table.</summary>
        public bool Contains(string word, uint hash) => Contains(word, 0, word.Length, hash);

        /// <summary>Whether the ASCII word at [<paramref name="start"/>, +<paramref name="length"/>) of <paramref name="text"/> is in the table.</summary>
        [System.Runtime.CompilerServices.MethodImpl(JitHints.OptimizeAtOnce)]
        public bool Contains(string text, int start, int length, uint hash)
        {
            int slot = (int)(hash & mask);
            while (true)
            {
                string? key = keys[slot];
                if (key is null) return false;
                if (hashes[slot] == hash && EqualsIgnoringAsciiCase(key, text, start, length)) return true;
                slot = (slot + 1) & mask;
            }
        }

        [System.Runtime.CompilerServices.MethodImpl(JitHints.OptimizeAtOnce)]
        private static bool EqualsIgnoringAsciiCase(string key, string text, int start, int length)
        {
            if (key.Length != length) return false;
            for (int i = 0; i < length; i++)
            {
                int x = key[i], y = text[start + i];
                if (x == y) continue;
                x |= 0x20;
                if (x != (y | 0x20) || x < 'a' || x > 'z') return false;
            }

            return true;
        }
    }
}
