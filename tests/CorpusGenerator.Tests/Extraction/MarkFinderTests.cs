using System;
using System.Text;
using CorpusGenerator.Extraction;

namespace CorpusGenerator.Tests.Extraction
{
    /// <summary>
    /// <see cref="MarkFinder"/> searches the quotation marks in three groups and keeps each group's
    /// next hit: walked forward as the scanner walks, it must stop at exactly the characters
    /// <see cref="QuoteMarks.MayBeMark"/> accepts, every one of them, and nothing past the end.
    /// </summary>
    public class MarkFinderTests
    {
        [Fact]
        public void Stops_at_every_possible_mark_and_nothing_else()
        {
            const string alphabet = "ab ,.-\n\"'“”„‟«»″‘’‚‛‹›éü—";
            var random = new Random(5);
            for (int n = 0; n < 300; n++)
            {
                var builder = new StringBuilder();
                int length = random.Next(0, 200);
                for (int i = 0; i < length; i++) builder.Append(random.Next(4) == 0 ? alphabet[random.Next(alphabet.Length)] : 'x');
                string text = builder.ToString();
                int start = length == 0 ? 0 : random.Next(length);
                int end = start + random.Next(length - start + 1);

                var finder = new MarkFinder(text, end);
                int at = start;
                for (int expected = start; ; expected++)
                {
                    while (expected < end && !QuoteMarks.MayBeMark(text[expected])) expected++;
                    at = finder.Next(at);
                    Assert.Equal(expected, at);
                    if (at >= end) break;
                    at += random.Next(1, 3); // the scanner steps one past a mark, or two past a typewriter double
                    expected = Math.Min(at, end) - 1;
                    at = Math.Min(at, end);
                }
            }
        }

        [Fact]
        public void Finds_every_kind_of_mark()
        {
            foreach (char mark in "\"'“”„‟«»″‘’‚‛‹›")
            {
                string text = "words and " + mark + "more";
                Assert.Equal(10, new MarkFinder(text, text.Length).Next(0));
                Assert.Equal(text.Length, new MarkFinder(text, text.Length).Next(11));
                Assert.Equal(9, new MarkFinder(text, 9).Next(0)); // past the end: not found
            }
        }
    }
}
