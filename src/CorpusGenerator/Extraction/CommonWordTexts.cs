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
        /// <summary>Longer words are never looked up: few common words are longer, and hashing them costs more than it saves.</summary>
        private const int LongestWord = 7;

        private static readonly string?[] Keys;
        private static readonly uint[] Hashes;
        private static readonly int Mask;

        /// <summary>By word length, a bit for each first character ('A'..'z') the table's words of that length have: most words asked stop here, unhashed.</summary>
        private static readonly ulong[] Starts = new ulong[LongestWord + 1];

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

            int capacity = 8;
            while (capacity < words.Count * 4) capacity *= 2;
            Keys = new string?[capacity];
            Hashes = new uint[capacity];
            Mask = capacity - 1;
            foreach (string word in words)
            {
                uint hash = Hash(word, 0, word.Length);
                int slot = (int)(hash & Mask);
                while (Keys[slot] is not null) slot = (slot + 1) & Mask;
                Keys[slot] = word;
                Hashes[slot] = hash;
                Starts[word.Length] |= StartBit(word[0]);
            }
        }

        /// <summary>The shared string of the word at [<paramref name="start"/>, +<paramref name="length"/>) of <paramref name="text"/>, or null when it is no common word.</summary>
        [System.Runtime.CompilerServices.MethodImpl(JitHints.OptimizeAtOnce)]
        public static string? Find(string text, int start, int length)
        {
            if (length > LongestWord) return null;
            char first = text[start];
            if (first < 'A' || first > 'z' || (Starts[length] & StartBit(first)) == 0) return null;
            uint hash = Hash(text, start, length);
            int slot = (int)(hash & Mask);
            while (true)
            {
                string? key = Keys[slot];
                if (key is null) return null;
                if (Hashes[slot] == hash && key.Length == length && string.CompareOrdinal(key, 0, text, start, length) == 0) return key;
                slot = (slot + 1) & Mask;
            }
        }

        private static ulong StartBit(char first) => 1UL << (first - 'A');

        private static uint Hash(string text, int start, int length)
        {
            uint h = 2166136261;
            for (int i = start; i < start + length; i++) h = (h ^ text[i]) * 16777619;
            return h ^ (h >> 15);
        }

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
