using System;
using System.Collections.Generic;
using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// <see cref="WordSet"/> answers through a fast ASCII table where it can: its answers must stay
    /// those of a set compared with <see cref="StringComparer.OrdinalIgnoreCase"/>, whatever is asked.
    /// </summary>
    public class WordSetTests
    {
        private static readonly string[] Listed = { "said", "the", "mr", "U.S", "vs", "@home", "co-founder", "o'neill" };

        private static readonly string[] Asked =
        {
            "said", "SAID", "Said", "sAiD", "saiD ", "sai", "saidd", string.Empty, "the", "THE", "thE", "tHe", "Mr", "MR", "mR",
            "u.s", "U.S", "u.S", "VS", "Vs", "@HOME", "`home", "`HOME", "@Home", "Co-Founder", "CO-FOUNDER", "co_founder",
            "O'Neill", "O’Neill", "ſaid", "ſAID", "İ", "ı", "the\u212A", "Kelvin\u212A", "mr\u0131", "s\u00E0id", "\u0000",
            "[", "{", "said\u0000", "tHE\u00A0",
        };

        [Fact]
        public void Answers_as_an_ordinal_ignore_case_set()
        {
            var set = new WordSet(Listed);
            var reference = new HashSet<string>(Listed, StringComparer.OrdinalIgnoreCase);
            foreach (string word in Asked)
            {
                Assert.True(reference.Contains(word) == set.Contains(word), "'" + word + "'");
            }

            foreach (string word in Listed)
            {
                Assert.True(set.Contains(word), word);
                Assert.True(set.Contains(word.ToUpperInvariant()), word);
            }
        }

        [Fact]
        public void Answers_a_word_in_place_as_if_cut_out()
        {
            var set = new WordSet(Listed);
            foreach (string word in Asked)
            {
                string text = "«" + word + " ";
                Assert.True(set.Contains(word) == set.Contains(text, 1, word.Length), "'" + word + "'");
            }

            var union = WordSet.Union(new WordSet("said"), new WordSet("told", "café"));
            Assert.True(union.Contains("SAID") && union.Contains("Told") && union.Contains("CAFÉ"));
            Assert.False(union.Contains("says"));
        }

        [Fact]
        public void Answers_as_an_ordinal_ignore_case_set_for_random_words()
        {
            // Letters of both cases, symbols that fold onto each other under | 0x20 ('@' and '`',
            // '[' and '{'), and non-ASCII letters some cultures fold onto ASCII (long s, dotless i,
            // Kelvin sign); lengths past the length buckets of the fast table.
            const string alphabet = "aAbBsSiIkKzZ@`[{-'. \u017F\u0131\u212A\u00E9\u00C9";
            var random = new Random(7);
            string Word(int length)
            {
                var chars = new char[length];
                for (int i = 0; i < length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
                return new string(chars);
            }

            var listed = new List<string> { string.Empty, "ab", "Sk", "@b", "a-b", new string('a', 31), new string('b', 40) };
            for (int n = 0; n < 60; n++) listed.Add(Word(random.Next(1, 6)));
            listed.RemoveAll(w => System.Linq.Enumerable.Any(w, c => c > 0x7F)); // an all-ASCII set: the fast table's case
            var set = new WordSet(listed.ToArray());
            var reference = new HashSet<string>(listed, StringComparer.OrdinalIgnoreCase);
            for (int n = 0; n < 20000; n++)
            {
                string word = n % 3 == 0 ? Flip(listed[random.Next(listed.Count)], random) : Word(random.Next(0, 45));
                Assert.True(reference.Contains(word) == set.Contains(word), "'" + word + "'");
                string text = "x" + word + "y";
                Assert.True(reference.Contains(word) == set.Contains(text, 1, word.Length), "'" + word + "' in place");
            }
        }

        /// <summary>The word with the case of some ASCII letters changed.</summary>
        private static string Flip(string word, Random random)
        {
            char[] chars = word.ToCharArray();
            for (int i = 0; i < chars.Length; i++)
            {
                if (random.Next(2) == 0 && chars[i] < 0x80 && char.IsLetter(chars[i])) chars[i] = (char)(chars[i] ^ 0x20);
            }

            return new string(chars);
        }

        [Fact]
        public void A_set_with_a_non_ascii_word_still_answers_ignoring_case()
        {
            var set = new WordSet("café", "naïve", "plain");
            Assert.True(set.Contains("CAFÉ"));
            Assert.True(set.Contains("Naïve"));
            Assert.True(set.Contains("PLAIN"));
            Assert.False(set.Contains("cafe"));
        }
    }
}
