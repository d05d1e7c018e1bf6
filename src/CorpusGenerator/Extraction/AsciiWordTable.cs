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
        private readonly string?[] keys;
        private readonly uint[] hashes;
        private readonly int mask;

        /// <summary>
        /// A filter of the table's word shapes (length, and the first, second and last characters,
        /// ASCII case aside): about 32 bits per word, so a shape not in the table finds its bit
        /// clear 97% of the time or more. Most words asked of a set are turned away here, before any
        /// hashing: the length and first letter alone had let through well over half the words
        /// asked of the cue verbs' set, whose 450 words start with nearly every letter.
        /// </summary>
        private readonly ulong[] shapes;

        /// <summary>Right shift that turns a 32-bit shape hash into a bit index of <see cref="shapes"/>.</summary>
        private readonly int shapeShift;

        private AsciiWordTable(int capacity, int words)
        {
            keys = new string?[capacity];
            hashes = new uint[capacity];
            mask = capacity - 1;
            int bitsLog2 = 6;
            while (1 << bitsLog2 < words * 32) bitsLog2++;
            shapes = new ulong[1 << (bitsLog2 - 6)];
            shapeShift = 32 - bitsLog2;
        }

        /// <summary>The table of <paramref name="words"/>, or null when one of them is not ASCII.</summary>
        public static AsciiWordTable? TryCreate(IReadOnlyCollection<string> words)
        {
            int capacity = 8;
            while (capacity < words.Count * 4) capacity *= 2;
            var table = new AsciiWordTable(capacity, words.Count);
            foreach (string word in words)
            {
                if (!TryHash(word, out uint hash)) return null;
                int slot = (int)(hash & table.mask);
                while (table.keys[slot] is not null) slot = (slot + 1) & table.mask;
                table.keys[slot] = word;
                table.hashes[slot] = hash;
                if (word.Length > 0) table.SetShape(word, 0, word.Length);
            }

            return table;
        }

        /// <summary>
        /// False when no word of the table has the shape of the word at [<paramref name="start"/>,
        /// +<paramref name="length"/>) of <paramref name="text"/> (its length, and its first, second
        /// and last characters, ASCII case aside), so false is the set's answer; true when it may.
        /// A word one of whose three characters read is not ASCII is left to the full lookup:
        /// equal ignoring case, ordinal, means the same length and, where both characters are
        /// ASCII, the same character ignoring ASCII case, so a shape differing there is never in.
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(JitHints.InlineIntoOptimizedCaller)]
        public bool MayHold(string text, int start, int length)
        {
            char first = text[start], second = text[start + (length > 1 ? 1 : 0)], last = text[start + length - 1];
            if ((first | second | last) >= 0x80) return true;
            int bit = (int)(ShapeHash(first, second, last, length) >> shapeShift);
            return (shapes[bit >> 6] & (1UL << bit)) != 0;
        }

        private void SetShape(string word, int start, int length)
        {
            char first = word[start], second = word[start + (length > 1 ? 1 : 0)], last = word[start + length - 1];
            int bit = (int)(ShapeHash(first, second, last, length) >> shapeShift);
            shapes[bit >> 6] |= 1UL << bit;
        }

        /// <summary>
        /// The shape's 7-bit characters (<c>| 0x20</c> folds ASCII case) and its length, at most 255
        /// (longer lengths share it), packed and multiplied by the golden ratio's 32-bit constant,
        /// whose top bits depend on every bit of the key.
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(JitHints.InlineIntoOptimizedCaller)]
        private static uint ShapeHash(char first, char second, char last, int length) =>
            ((uint)(first | 0x20) | (uint)(second | 0x20) << 7 | (uint)(last | 0x20) << 14 | (uint)(length < 255 ? length : 255) << 21) * 0x9E3779B1u;

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
