using System;
using System.Collections.Generic;
using System.Linq;
using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// <see cref="AsciiWordTable.MayHold"/> turns words away by their shape (length, first, second
    /// and last characters) before any hashing: it must never turn away a listed word, in any case,
    /// and should turn away most words that are not listed.
    /// </summary>
    public class AsciiWordTableTests
    {
        private static readonly string[] Listed = { "a", "of", "said", "says", "told", "according", "reiterated", "U.S", "@home", new string('x', 300) };

        [Fact]
        public void Never_turns_away_a_listed_word_in_any_case()
        {
            AsciiWordTable table = AsciiWordTable.TryCreate(Listed)!;
            foreach (string word in Listed)
            {
                foreach (string asked in new[] { word, word.ToUpperInvariant(), word.ToLowerInvariant(), char.ToUpperInvariant(word[0]) + word.Substring(1) })
                {
                    string text = "«" + asked + "»";
                    Assert.True(table.MayHold(text, 1, asked.Length), asked);
                    Assert.True(table.MayHold(asked, 0, asked.Length), asked);
                }
            }
        }

        [Fact]
        public void Leaves_a_word_with_a_non_ascii_character_read_to_the_full_lookup()
        {
            AsciiWordTable table = AsciiWordTable.TryCreate(Listed)!;
            Assert.True(table.MayHold("\u017Fays", 0, 4)); // long s first
            Assert.True(table.MayHold("s\u00E0id", 0, 4)); // second
            Assert.True(table.MayHold("tol\u0111", 0, 4)); // last
            Assert.False(table.MayHold("zzzz", 0, 4));
        }

        [Fact]
        public void Turns_away_most_words_of_shapes_not_listed()
        {
            // 450 words, as many as the cue verbs' set: random lower-case words of 3 to 10 letters
            // not in it should mostly fail the filter (32 bits per word: a few percent get through).
            var random = new Random(11);
            string Word() => new string(Enumerable.Range(0, random.Next(3, 11)).Select(_ => (char)('a' + random.Next(26))).ToArray());
            var listed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            while (listed.Count < 450) listed.Add(Word());
            AsciiWordTable table = AsciiWordTable.TryCreate(listed)!;
            var shapes = new HashSet<string>(listed.Select(Shape));
            int asked = 0, through = 0;
            while (asked < 20000)
            {
                string word = Word();
                if (shapes.Contains(Shape(word))) continue;
                asked++;
                if (table.MayHold(word, 0, word.Length)) through++;
            }

            Assert.True(through < asked / 10, through + " of " + asked + " got through");
        }

        private static string Shape(string word) => word.Length + ":" + word[0] + word[Math.Min(1, word.Length - 1)] + word[word.Length - 1];
    }
}
