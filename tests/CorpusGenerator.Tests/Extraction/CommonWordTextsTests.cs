using System.Collections.Generic;
using System.Linq;
using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// <see cref="CommonWordTexts.Find"/> gives the tokenizer one shared string per common function
    /// word, looked up by length and first character: it must find exactly the listed words as
    /// written (lower case, or capitalised opening a sentence), in place in a text, and nothing else.
    /// </summary>
    public class CommonWordTextsTests
    {
        private static string? FindIn(string word) => CommonWordTexts.Find("«" + word + "»", 1, word.Length);

        [Fact]
        public void Finds_listed_words_as_written_and_shares_their_string()
        {
            foreach (string word in new[] { "the", "The", "a", "A", "of", "in", "if", "at", "and", "And", "between", "Between" })
            {
                string? found = FindIn(word);
                Assert.Equal(word, found);
                Assert.Same(found, FindIn(word));
                Assert.Same(found, CommonWordTexts.Find("x " + word, 2, word.Length));
            }
        }

        [Fact]
        public void Finds_nothing_else()
        {
            foreach (string word in new[] { "THE", "tHe", "thee", "th", "ther", "ot", "ij", "Bbetween", "betwee", "outside!", "said1", "1the", "[he", "_of", "éte", "thé" })
            {
                Assert.Null(FindIn(word));
            }

            Assert.Null(CommonWordTexts.Find("withouts", 0, 8)); // longer than any word looked up
        }

        [Fact]
        public void Finds_every_short_stop_word_in_both_openings_and_no_case_variant()
        {
            IEnumerable<string> listed = WordLists.StopWords.Words.Concat(WordLists.Prepositions.Words)
                .Where(w => w.Length > 0 && w.Length <= 7 && w.All(c => c < 0x80 && char.IsLetter(c)));
            foreach (string word in listed)
            {
                string lower = word.ToLowerInvariant();
                string opening = char.ToUpperInvariant(lower[0]) + lower.Substring(1);
                Assert.Equal(lower, FindIn(lower));
                Assert.Equal(opening, FindIn(opening));
                if (lower.Length > 1) Assert.Null(FindIn(lower.ToUpperInvariant()));
            }
        }
    }
}
