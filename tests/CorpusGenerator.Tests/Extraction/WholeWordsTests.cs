using CorpusGenerator.Extraction;
using Xunit;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary><see cref="WholeWords.IndexOf"/>: a name as a whole word, inside the range asked, or -1.</summary>
    public class WholeWordsTests
    {
        [Theory]
        [InlineData("Blairite MPs backed Mr Blair.", "Blair", 0, 29, 23)] // skips the longer word
        [InlineData("Blair's aides", "Blair", 0, 13, 0)] // an apostrophe is a boundary
        [InlineData("Labour and Labourites", "Labour", 1, 21, -1)] // the range starts past the first
        [InlineData("Leicester City", "Leicester", 0, 8, -1)] // the word must end inside the range
        [InlineData("Mr Brown", "Brown", 0, 8, 3)]
        public void Finds_the_first_whole_word_in_the_range(string text, string word, int start, int end, int expected) =>
            Assert.Equal(expected, WholeWords.IndexOf(text, word, start, end));
    }
}
