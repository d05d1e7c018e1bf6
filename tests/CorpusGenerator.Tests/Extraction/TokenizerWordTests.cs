using System.Collections.Generic;
using System.Linq;
using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// The tokenizer reads a word of ASCII letters once, packing it for the common-word table as it
    /// goes, and hands any other word to its full rules: both paths must cut the same words, and a
    /// common word gets the table's shared string whatever ends it.
    /// </summary>
    public class TokenizerWordTests
    {
        private static List<Token> Tokens(string text)
        {
            int cursor = 0;
            return Tokenizer.Tokenize(text, 0, text.Length, new List<QuoteRegion>(), ref cursor, new List<Token>());
        }

        [Fact]
        public void Cuts_words_at_every_kind_of_end()
        {
            string text = "The U.S. and al-Kadhimi's don’t, of co-op. Café naïve 3rd x2 of; the) in\tOF word";
            string[] expected = { "The", "U.S.", "and", "al-Kadhimi's", "don’t", ",", "of", "co-op", ".", "Café", "naïve", "3rd", "x2", "of", ";", "the", ")", "in", "OF", "word" };
            Assert.Equal(expected, Tokens(text).Select(t => t.Text).ToArray());
            foreach (Token token in Tokens(text)) Assert.Equal(text.Substring(token.Start, token.End - token.Start), token.Text);
        }

        [Fact]
        public void Gives_a_common_word_the_shared_string_whatever_ends_it()
        {
            List<Token> tokens = Tokens("the the, the. the) the");
            string shared = CommonWordTexts.Find("the", 0, 3)!;
            foreach (Token token in tokens.Where(t => t.IsWord)) Assert.Same(shared, token.Text);
            Assert.Null(CommonWordTexts.Find("OF", 0, 2)); // case is exact: "OF" is cut from the text
        }
    }
}
