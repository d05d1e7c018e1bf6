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
