using System;
using System.Collections.Generic;
using System.Threading;

namespace CorpusGenerator.Extraction
{
    /// <summary>The layout of an article: where its title, dateline, headings and paragraphs are.</summary>
    internal sealed class ArticleStructure
    {
        public TextRange? Title { get; set; }

        /// <summary>The first paragraph is the title line, a headline's "Name: what they said" (SpeechPatterns.Headlines).</summary>
        public bool AttributedHeadline { get; set; }

        public TextRange? Dateline { get; set; }

        /// <summary>Where the dateline paragraph's prose starts (see <see cref="DatelineParagraph"/>): after the dateline and its dash.</summary>
        public int BodyStart { get; set; }

        /// <summary>The paragraph the dateline opens: the first, or the second after a title line read as a paragraph.</summary>
        public int DatelineParagraph { get; set; }

        public List<TextRange> Headings { get; } = new List<TextRange>();

        public List<TextRange> Paragraphs { get; } = new List<TextRange>();
    }

    /// <summary>
    /// Splits an article into blocks at blank lines and decides what each block is. One pass over
    /// the text, then one over the blocks: linear in the article's length.
    /// </summary>
    internal static class StructureParser
    {
        /// <summary>Longest line, in words, still taken for a heading or a title.</summary>
        private const int MaxHeadingWords = 16;

        public static ArticleStructure Parse(string text, CancellationToken cancellationToken)
        {
            var structure = new ArticleStructure();
            List<TextRange> blocks = SplitBlocks(text, cancellationToken);
            int first = 0;
            while (first < blocks.Count && IsBoilerplate(text, blocks[first])) first++;

            if (first < blocks.Count - 1 && !FindDateline(text, blocks[first], out _, out _) && !IsCutInMidSentence(text, blocks[first], blocks[first + 1]))
            {
                // "Goldsmith: 'I was not leant on'": a headline attribution is also read as the
                // first paragraph (Headlines), so that what it reports is a quote with a paragraph.
                // A line that looks like a title stays the article's Title as well: users list
                // articles by title, and a headline is one whether or not it quotes someone.
                // ("Carly Fiorina: 'Bill Clinton's fair game.'" ends as a sentence, so it was a
                // paragraph, not a title, already.)
                if (IsTitleLineBeforeDateline(text, blocks[first]) && SpeechPatterns.IsAttributedHeadline(text, blocks[first], cancellationToken))
                {
                    structure.AttributedHeadline = true;
                    if (LooksLikeTitle(text, blocks[first])) structure.Title = blocks[first];
                }
                else if (LooksLikeTitle(text, blocks[first])) structure.Title = blocks[first++];
            }

            TextRange? pending = null;
            for (int b = first; b < blocks.Count; b++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                TextRange block = blocks[b];
                if (IsBoilerplate(text, block)) continue;
                TextRange current = pending is TextRange open ? new TextRange(open.Start, block.End) : block;
                pending = null;
                bool hasNext = b + 1 < blocks.Count;
                if (!EndsSentence(text, current))
                {
                    if (hasNext && IsCutInMidSentence(text, current, blocks[b + 1]))
                    {
                        pending = current;
                        continue;
                    }

                    if (structure.Paragraphs.Count > 0 && hasNext && LooksLikeHeading(text, current))
                    {
                        structure.Headings.Add(current);
                        continue;
                    }
                }

                structure.Paragraphs.Add(current);
            }

            if (pending is TextRange last) structure.Paragraphs.Add(last);

            if (structure.Paragraphs.Count > 0 && FindDateline(text, structure.Paragraphs[0], out TextRange place, out int bodyStart))
            {
                structure.Dateline = place;
                structure.BodyStart = bodyStart;
            }
            else if (structure.Paragraphs.Count > 1 && IsTitleLineBeforeDateline(text, structure.Paragraphs[0]) &&
                     FindDateline(text, structure.Paragraphs[1], out TextRange secondPlace, out int secondStart))
            {
                structure.Dateline = secondPlace;
                structure.BodyStart = secondStart;
                structure.DatelineParagraph = 1;
            }
            else if (structure.Paragraphs.Count > 0)
            {
                structure.BodyStart = structure.Paragraphs[0].Start;
            }

            return structure;
        }

        /// <summary>
        /// Blocks are runs of non-blank lines, trimmed. A text with no blank line at all is taken
        /// one line per block, as some sources write one paragraph per line.
        /// </summary>
        private static List<TextRange> SplitBlocks(string text, CancellationToken cancellationToken)
        {
            var lines = new List<TextRange>();
            bool sawBlank = false;
            int i = 0;
            while (i < text.Length)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int lineEnd = text.IndexOf('\n', i);
                if (lineEnd < 0) lineEnd = text.Length;
                int s = i, e = lineEnd;
                while (s < e && char.IsWhiteSpace(text[s])) s++;
                while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
                if (e > s) lines.Add(new TextRange(s, e));
                else if (lines.Count > 0) sawBlank = true;
                if (e == s && lines.Count > 0) lines.Add(new TextRange(s, s)); // blank marker
                i = lineEnd + 1;
            }

            var blocks = new List<TextRange>();
            int start = -1, end = -1;
            foreach (TextRange line in lines)
            {
                if (line.IsEmpty || !sawBlank)
                {
                    if (start >= 0) blocks.Add(new TextRange(start, end));
                    start = -1;
                    if (line.IsEmpty) continue;
                }

                if (start < 0) start = line.Start;
                end = line.End;
            }

            if (start >= 0) blocks.Add(new TextRange(start, end));
            return blocks;
        }

        private static bool IsBoilerplate(string text, TextRange block)
        {
            if (block.Length > 60) return false;
            string line = block.Of(text).TrimEnd(':', '.', ' ');
            return WordLists.BoilerplateLines.Contains(line);
        }

        private static bool LooksLikeTitle(string text, TextRange block)
        {
            if (block.Of(text).IndexOf('\n') >= 0) return false;
            int words = CountWords(text, block, out int capitalized, out int longWords);
            if (words == 0 || words > 25) return false;
            if (!EndsSentence(text, block)) return true;

            // Headline style ("Only 24 Percent of Hillary Clinton's Contributors Are Small Donors.")
            return longWords >= 3 && capitalized * 100 >= longWords * 85 && text[block.End - 1] != '?';
        }

        /// <summary>
        /// "Clinton says she won't rule out a female running mate.", then "WASHINGTON (AP) — Bernie
        /// Sanders' plan would ...": a headline that ends as a sentence does is kept as a paragraph
        /// (what it reports may be attributed), but the dateline after it still opens the body, so
        /// the next paragraph's prose starts after the dash. Otherwise the first sentence's subject
        /// was sought in "WASHINGTON (AP)" and its attribution lost. One line of at most 25 words.
        /// </summary>
        private static bool IsTitleLineBeforeDateline(string text, TextRange block)
        {
            if (block.Of(text).IndexOf('\n') >= 0) return false;
            int words = CountWords(text, block, out _, out _);
            return words > 0 && words <= 25;
        }

        private static bool LooksLikeHeading(string text, TextRange block)
        {
            char first = text[block.Start];
            if (!(char.IsUpper(first) || char.IsDigit(first))) return false;
            if (block.Of(text).IndexOf('\n') >= 0) return false;
            int words = CountWords(text, block, out _, out _);
            return words > 0 && words <= MaxHeadingWords && !EndsWithConnective(text, block);
        }

        /// <summary>
        /// A block that stops without sentence punctuation continues in the next block when it ends
        /// on a function word ("Iran and") or the next block starts in lower case.
        /// </summary>
        private static bool IsCutInMidSentence(string text, TextRange block, TextRange next)
        {
            char nextFirst = text[next.Start];
            if (char.IsLower(nextFirst)) return true;
            return EndsWithConnective(text, block);
        }

        private static bool EndsWithConnective(string text, TextRange block)
        {
            int e = block.End, s = e;
            while (s > block.Start && char.IsLetter(text[s - 1])) s--;
            return e > s && (s == block.Start || text[s - 1] == ' ') && WordLists.Connectives.Contains(text.Substring(s, e - s));
        }

        /// <summary>Whether the block ends as a sentence ends, quotation marks and brackets aside.</summary>
        internal static bool EndsSentence(string text, TextRange block)
        {
            int e = block.End;
            if (text[e - 1] == ')')
            {
                // "... a plan. (Chantelle Bellrichard/CBC)": a credit after the sentence.
                int open = text.LastIndexOf('(', e - 1, System.Math.Min(60, block.Length));
                int before = open - 1;
                while (before > block.Start && text[before] == ' ') before--;
                if (open > block.Start && ".!?".IndexOf(text[before]) >= 0) return true;
            }

            while (e > block.Start && IsClosingTrail(text[e - 1])) e--;
            if (e == block.Start) return true;
            char c = text[e - 1];
            if (c == '.' || c == '!' || c == '?' || c == '…' || c == ':' || c == ';') return true;
            // A closing quotation mark ends a sentence even without a period: `... this country"`.
            return e < block.End && QuoteMarks.IsDouble(text[block.End - 1]);
        }

        private static bool IsClosingTrail(char c) => QuoteMarks.IsDouble(c) || QuoteMarks.IsSingle(c) || c == ')' || c == ']';

        private static int CountWords(string text, TextRange block, out int capitalized, out int longWords)
        {
            int words = 0;
            capitalized = 0;
            longWords = 0;
            int i = block.Start;
            while (i < block.End)
            {
                while (i < block.End && char.IsWhiteSpace(text[i])) i++;
                if (i >= block.End) break;
                int s = i;
                while (i < block.End && !char.IsWhiteSpace(text[i])) i++;
                words++;
                if (i - s >= 4)
                {
                    longWords++;
                    if (char.IsUpper(text[s]) || char.IsDigit(text[s])) capitalized++;
                }
            }

            return words;
        }

        /// <summary>
        /// Recognizes "TEHRAN —", "WASHINGTON (AP) —", "OTTAWA -", "WASHINGTON ―" and "TORONTO, Ont. —" at the start
        /// of the first paragraph; <paramref name="place"/> is the upper-case place name only.
        /// </summary>
        internal static bool FindDateline(string text, TextRange paragraph, out TextRange place, out int bodyStart)
        {
            place = default;
            bodyStart = paragraph.Start;
            int limit = Math.Min(paragraph.End, paragraph.Start + 80);
            int i = paragraph.Start;
            int letters = 0;
            while (i < limit && (char.IsUpper(text[i]) || text[i] == ' ' || text[i] == '.' || text[i] == '\'' || text[i] == '’' || (text[i] == '-' && i + 1 < limit && char.IsUpper(text[i + 1]))))
            {
                if (char.IsLetter(text[i])) letters++;
                i++;
            }

            // "Washington (AFP) –", "New York (AFP) –": a wire service sets its place in title case,
            // and its bracketed tag before the dash is what makes the capitals a dateline.
            bool titleCase = false;
            if (letters < 2 && TitleCasePlaceEnd(text, paragraph.Start, limit) is int titleEnd)
            {
                i = titleEnd;
                letters = 2;
                titleCase = true;
            }

            int placeEnd = i;
            while (placeEnd > paragraph.Start && text[placeEnd - 1] == ' ') placeEnd--;
            if (letters < 2 || placeEnd == paragraph.Start) return false;

            // Optional ", Ont." or ", Iran" and "(AP)" between the place and the dash. A wire
            // service adds the date there: "WASHINGTON, June 24 (UPI) —", "PURCHASE, N.Y., April 1
            // (UPI) —", "PARIS, Aug 31 (Reuters) -"; its digits and commas are read only when the
            // bracketed tag follows them, so a first sentence's own comma stays prose.
            if (i < limit && text[i] == ',' && !titleCase)
            {
                int j = i + 1;
                bool dated = false;
                while (j < limit && (char.IsLetterOrDigit(text[j]) || text[j] == ' ' || text[j] == '.' || text[j] == ','))
                {
                    if (char.IsDigit(text[j]) || text[j] == ',') dated = true;
                    j++;
                }

                if (j - i > 30 || (dated && (j >= limit || text[j] != '('))) return false;
                i = j;
            }

            while (i < limit && text[i] == ' ') i++;
            if (titleCase && (i >= limit || text[i] != '(')) return false;
            if (i < limit && text[i] == '(')
            {
                int close = text.IndexOf(')', i, limit - i);
                if (close < 0) return false;
                i = close + 1;
            }

            while (i < limit && text[i] == ' ') i++;
            int dash = i;
            // HuffPost sets its datelines with the horizontal bar: "WASHINGTON ― ".
            while (i < limit && (text[i] == '—' || text[i] == '–' || text[i] == '―' || text[i] == '-')) i++;
            if (i == dash || i - dash > 2 || i >= limit || text[i] != ' ') return false;
            while (i < paragraph.End && text[i] == ' ') i++;
            place = new TextRange(paragraph.Start, placeEnd);
            bodyStart = i;
            return true;
        }

        /// <summary>Words in a title-case place name at most: "Mexico City", "Salt Lake City".</summary>
        private const int TitleCasePlaceWords = 3;

        /// <summary>
        /// Where a title-case place name right before a bracketed tag ends ("Washington (AFP)",
        /// "Mexico City (AFP)"): one to three capitalised words of letters, then a blank and "(";
        /// null for anything else.
        /// </summary>
        private static int? TitleCasePlaceEnd(string text, int start, int limit)
        {
            int i = start, words = 0;
            while (i < limit && words < TitleCasePlaceWords && char.IsUpper(text[i]))
            {
                i++;
                while (i < limit && char.IsLower(text[i])) i++;
                words++;
                if (i + 1 < limit && text[i] == ' ' && text[i + 1] == '(') return i;
                if (i >= limit || text[i] != ' ') return null;
                i++;
            }

            return null;
        }
    }
}
