using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// Finds, in one paragraph, each next character that may be a quotation mark
    /// (<see cref="QuoteMarks.MayBeMark"/>), for <see cref="QuotationScanner"/>. Nearly every
    /// character is a letter or a space with nothing to pair, so the runtime's vectorized search
    /// skips them. It searches for up to five values with plain vector comparisons but for more
    /// with a probabilistic map whose false hits it checks one by one: one search for all fifteen
    /// marks cost 2.2% of extraction (BBC corpus). So the marks are searched in three groups of
    /// five, each group's next hit kept until the scan passes it: each group's search reads the
    /// paragraph at most once, and the next mark is the nearest of the three hits.
    /// </summary>
    internal struct MarkFinder
    {
        /// <summary>The marks in three groups of at most five (more marks would still be found, by the slower search).</summary>
        private static readonly char[][] Groups = SplitMarks(3);

        private readonly string text;
        private readonly int end;

        /// <summary>Each group's next hit at or after the last position asked, <see cref="end"/> when none; -1 before the first search.</summary>
        private int first, second, third;

        public MarkFinder(string text, int end)
        {
            this.text = text;
            this.end = end;
            first = second = third = -1;
        }

        /// <summary>The first possible mark at or after <paramref name="i"/>, before the paragraph's end, else the end. Positions asked must not go back.</summary>
        public int Next(int i)
        {
            if (first < i) first = Search(Groups[0], i);
            if (second < i) second = Search(Groups[1], i);
            if (third < i) third = Search(Groups[2], i);
            return System.Math.Min(first, System.Math.Min(second, third));
        }

        private int Search(char[] group, int i)
        {
            if (i >= end) return end;
            int at = text.IndexOfAny(group, i, end - i);
            return at < 0 ? end : at;
        }

        private static char[][] SplitMarks(int groups)
        {
            var marks = new List<char>();
            for (int c = 0; c <= char.MaxValue; c++)
            {
                if (QuoteMarks.MayBeMark((char)c)) marks.Add((char)c);
            }

            var split = new char[groups][];
            int size = (marks.Count + groups - 1) / groups;
            for (int g = 0; g < groups; g++)
            {
                int from = System.Math.Min(g * size, marks.Count);
                split[g] = marks.GetRange(from, System.Math.Min(size, marks.Count - from)).ToArray();
            }

            return split;
        }
    }
}
