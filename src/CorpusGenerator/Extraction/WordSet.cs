using System;
using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// A case-insensitive set of words. Ordinal, upper-invariant comparison so that the engine
    /// behaves the same under every culture (Turkish dotless i included).
    /// </summary>
    /// <remarks>
    /// The engine asks these sets about six times per token, millions of times over a corpus, so
    /// plain ASCII words (nearly all of them) go through a small open-addressing table that folds
    /// case as it hashes. Anything else, a non-ASCII word asked or listed, goes to a
    /// <see cref="HashSet{T}"/> with <see cref="StringComparer.OrdinalIgnoreCase"/>, whose answer the
    /// fast table gives for ASCII too: one meaning, two speeds.
    /// </remarks>
    internal sealed class WordSet
    {
        private readonly HashSet<string> words;

        /// <summary>The ASCII words by folded hash; null when some word is not ASCII.</summary>
        private readonly AsciiWordTable? ascii;

        public WordSet(params string[] words)
        {
            this.words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (string word in words)
            {
                this.words.Add(word);
                if (word.Length > LongestWord) LongestWord = word.Length;
            }

            ascii = AsciiWordTable.TryCreate(this.words);
        }

        /// <summary>The set's words as listed (for <see cref="CommonWordTexts"/>, which shares their strings with the tokens).</summary>
        public IEnumerable<string> Words => words;

        /// <summary>The length of the set's longest word: a longer piece of text is in no set without looking.</summary>
        public int LongestWord { get; }

        /// <summary>
        /// One set of the words of <paramref name="sets"/>: "in any of them" asked with one hash
        /// instead of one per set.
        /// </summary>
        public static WordSet Union(params WordSet[] sets)
        {
            var all = new List<string>();
            foreach (WordSet set in sets) all.AddRange(set.words);
            return new WordSet(all.ToArray());
        }

        /// <summary>
        /// What a set needs of <c>word.ToLowerInvariant()</c>: the word itself when it is ASCII, since
        /// the sets fold ASCII case as they hash, and a lower-case copy only otherwise (there
        /// invariant lower case and ordinal case folding can differ, as for "İ"). Spares a copy of
        /// nearly every word asked.
        /// </summary>
        public static string LowerUnlessAscii(string word)
        {
            foreach (char c in word)
            {
                if (c >= 0x80) return word.ToLowerInvariant();
            }

            return word;
        }

        [System.Runtime.CompilerServices.MethodImpl(JitHints.OptimizeAtOnce)]
        public bool Contains(string word)
        {
            if (ascii is not null)
            {
                if (word.Length > 0 && !ascii.MayHold(word, 0, word.Length)) return false;
                if (AsciiWordTable.TryHash(word, out uint hash)) return ascii.Contains(word, hash);
            }

            return words.Contains(word);
        }

        /// <summary>Whether the word at [<paramref name="start"/>, +<paramref name="length"/>) of <paramref name="text"/> is in the set, without cutting it out.</summary>
        [System.Runtime.CompilerServices.MethodImpl(JitHints.OptimizeAtOnce)]
        public bool Contains(string text, int start, int length)
        {
            if (ascii is not null)
            {
                if (length > 0 && !ascii.MayHold(text, start, length)) return false;
                if (AsciiWordTable.TryHash(text, start, length, out uint hash)) return ascii.Contains(text, start, length, hash);
            }

            return words.Contains(text.Substring(start, length));
        }
    }
}
