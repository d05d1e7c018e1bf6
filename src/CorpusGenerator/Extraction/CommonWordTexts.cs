namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// One string, made once, for each common function word as news prose writes it ("the",
    /// "of", "said", "The", "I"), which the tokenizer gives a token instead of cutting a new copy
    /// of the word out of the text. These words are about a third of an article's words, and
    /// their copies were a tenth of all the bytes the engine allocated (BBC corpus).
    /// </summary>
    /// <remarks>
    /// Case-sensitive: a token's text is the word exactly as written, so "The" and "the" are two
    /// entries and "THE" none. Only ever read after the type is initialised, so the generator's
    /// threads share it without a lock. A word not found is cut from the text as before; either
    /// way the token's text is the same characters.
    /// </remarks>
    internal static class CommonWordTexts
    {
        /// <summary>
        /// Longer words are never looked up: few common words are longer, and a word of at most 7
        /// ASCII characters packs into one 49-bit key (<see cref="Pack"/>).
        /// </summary>
        public const int LongestWord = 7;

        /// <summary>The listed words' packed keys by slot (open addressing, at most a quarter full; 0 is an empty slot).</summary>
        private static readonly ulong[] Keys;

        /// <summary>The shared string of the word in the same slot of <see cref="Keys"/>.</summary>
        private static readonly string?[] Texts;

        /// <summary>Right shift that turns a key's 64-bit hash into a slot.</summary>
        private static readonly int SlotShift;

        static CommonWordTexts()
        {
            var words = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal);
            foreach (WordSet set in new[] { WordLists.StopWords, WordLists.Determiners, WordLists.VerbModifiers, WordLists.Prepositions })
            {
                foreach (string word in set.Words)
                {
                    if (word.Length == 0 || word.Length > LongestWord || !IsAsciiLetters(word)) continue;
                    string lower = word.ToLowerInvariant();
                    words.Add(lower);
                    words.Add(char.ToUpperInvariant(lower[0]) + lower.Substring(1)); // opening a sentence
                }
            }

            int slotsLog2 = 3;
            while (1 << slotsLog2 < words.Count * 4) slotsLog2++;
            Keys = new ulong[1 << slotsLog2];
            Texts = new string?[1 << slotsLog2];
            SlotShift = 64 - slotsLog2;
            foreach (string word in words)
            {
                ulong key = Pack(word, 0, word.Length);
                int slot = Slot(key);
                while (Keys[slot] != 0) slot = (slot + 1) & (Keys.Length - 1);
                Keys[slot] = key;
                Texts[slot] = word;
            }
        }

        /// <summary>
        /// The shared string of the word at [<paramref name="start"/>, +<paramref name="length"/>)
        /// of <paramref name="text"/>, or null when it is no common word. A third of all words are
        /// found, so each lookup reads the word once, packing it into a key whose one comparison
        /// says found or not: the table of hashes and strings this replaced read every character
        /// twice (hash, then compare) and took 4.2-4.7% of extraction (BBC corpus).
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(JitHints.OptimizeAtOnce)]
        public static string? Find(string text, int start, int length)
        {
            if (length > LongestWord) return null;
            ulong key = Pack(text, start, length);
            return key == 0 ? null : Find(key);
        }

        /// <summary>
        /// The shared string of the ASCII word whose <see cref="Pack"/> key, made with
        /// <see cref="EmptyKey"/> and <see cref="Append"/>, is <paramref name="key"/>, or null when it is no
        /// common word: for the tokenizer, which packs a word of ASCII letters as it reads it.
        /// The caller keeps to words of at most <see cref="LongestWord"/> characters.
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(JitHints.InlineIntoOptimizedCaller)]
        public static string? Find(ulong key)
        {
            int mask = Keys.Length - 1;
            for (int slot = Slot(key); ; slot = (slot + 1) & mask)
            {
                ulong listed = Keys[slot];
                if (listed == key) return Texts[slot];
                if (listed == 0) return null;
            }
        }

        /// <summary>The key of no characters yet (<see cref="Pack"/>'s leading 1 bit).</summary>
        public const ulong EmptyKey = 1;

        /// <summary>The key with the ASCII character <paramref name="c"/> appended, as <see cref="Pack"/> makes it.</summary>
        [System.Runtime.CompilerServices.MethodImpl(JitHints.InlineIntoOptimizedCaller)]
        public static ulong Append(ulong key, char c) => (key << 7) | (uint)(c & 0x7F);

        /// <summary>
        /// The word's characters, 7 bits each, after a leading 1 bit that keeps "a" and "\0a"
        /// apart: one key per word of at most <see cref="LongestWord"/> ASCII characters, exact in
        /// case. 0 (never a word's key) when a character is not ASCII or the word is empty.
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(JitHints.InlineIntoOptimizedCaller)]
        private static ulong Pack(string text, int start, int length)
        {
            ulong key = EmptyKey;
            int seen = 0;
            for (int i = start; i < start + length; i++)
            {
                char c = text[i];
                seen |= c;
                key = Append(key, c);
            }

            return seen >= 0x80 || length == 0 ? 0 : key;
        }

        /// <summary>Fibonacci hashing: the key times 2^64 over the golden ratio, whose top bits depend on every bit of the key.</summary>
        [System.Runtime.CompilerServices.MethodImpl(JitHints.InlineIntoOptimizedCaller)]
        private static int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> SlotShift);

        private static bool IsAsciiLetters(string word)
        {
            foreach (char c in word)
            {
                if ((uint)((c | 0x20) - 'a') > 'z' - 'a') return false;
            }

            return true;
        }
    }
}
