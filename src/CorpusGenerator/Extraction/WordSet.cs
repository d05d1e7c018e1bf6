using System;
using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// A case-insensitive set of words. Ordinal, upper-invariant comparison so that the engine
    /// behaves the same under every culture (Turkish dotless i included).
    /// </summary>
    internal sealed class WordSet
    {
        private readonly HashSet<string> words;

        public WordSet(params string[] words)
        {
            this.words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (string word in words) this.words.Add(word);
        }

        public bool Contains(string word) => words.Contains(word);
    }
}
