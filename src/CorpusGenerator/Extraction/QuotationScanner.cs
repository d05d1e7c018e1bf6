using System.Collections.Generic;
using System.Threading;
using CorpusGenerator.Diagnostics;

namespace CorpusGenerator.Extraction
{
    /// <summary>A run of quoted text, its marks included.</summary>
    internal readonly struct QuoteRegion
    {
        public QuoteRegion(int start, int end, bool closed, bool single)
        {
            Start = start;
            End = end;
            Closed = closed;
            Single = single;
        }

        /// <summary>The opening mark.</summary>
        public int Start { get; }

        /// <summary>After the closing mark; the paragraph's end when the mark is never closed.</summary>
        public int End { get; }

        public bool Closed { get; }

        public bool Single { get; }
    }

    /// <summary>
    /// Pairs quotation marks in one left-to-right pass. A mark's role comes from what surrounds it
    /// (space before and a word after opens), so mismatched glyphs (<c>"...”</c>) still pair. A
    /// quote stays open across paragraphs only when the next paragraph opens again with a mark
    /// (the convention for multi-paragraph quotes); otherwise it is reported unclosed and bounded
    /// at its paragraph's end, so one stray mark never swallows the rest of the article.
    /// </summary>
    internal static class QuotationScanner
    {
        /// <summary>Problems reported per article at most: a text of stray marks gets a few, not thousands.</summary>
        internal const int MaxProblems = 50;

        private enum Role
        {
            Open,
            Close,
            Either,
        }

        public static List<QuoteRegion> Scan(string text, IReadOnlyList<TextRange> paragraphs, List<ArticleProblem> problems, CancellationToken cancellationToken)
        {
            var regions = new List<QuoteRegion>();
            int open = -1;
            for (int p = 0; p < paragraphs.Count; p++)
            {
                TextRange para = paragraphs[p];
                int i = para.Start;
                if (open >= 0)
                {
                    // A quote carried over from the previous paragraph: this one must re-open it.
                    if (QuoteMarks.IsDouble(text[i]) && Classify(text, i, para) != Role.Close) i++;
                    else
                    {
                        Unclosed(text, open, paragraphs[p - 1].End, regions, problems);
                        open = -1;
                    }
                }

                int single = -1;
                for (; i < para.End; i++)
                {
                    if ((i & 0xFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
                    char c = text[i];
                    if (QuoteMarks.IsDouble(c))
                    {
                        Role role = Classify(text, i, para);
                        if (open < 0)
                        {
                            if (role != Role.Close) open = i;
                            single = -1;
                        }
                        else if (role == Role.Open)
                        {
                            Unclosed(text, open, i, regions, problems);
                            open = i;
                        }
                        else
                        {
                            regions.Add(new QuoteRegion(open, i + 1, closed: true, single: false));
                            open = -1;
                        }
                    }
                    else if (open < 0 && QuoteMarks.IsSingle(c))
                    {
                        if (single < 0 && OpensSingle(text, i, para)) single = i;
                        else if (single >= 0 && ClosesSingle(text, i, para))
                        {
                            regions.Add(new QuoteRegion(single, i + 1, closed: true, single: true));
                            single = -1;
                        }
                    }
                }

                if (open >= 0 && !(p + 1 < paragraphs.Count && ReopensQuote(text, paragraphs[p + 1])))
                {
                    Unclosed(text, open, para.End, regions, problems);
                    open = -1;
                }
            }

            return regions;
        }

        private static bool ReopensQuote(string text, TextRange next) =>
            QuoteMarks.IsDouble(text[next.Start]) && Classify(text, next.Start, next) != Role.Close;

        private static void Unclosed(string text, int open, int end, List<QuoteRegion> regions, List<ArticleProblem> problems)
        {
            if (problems.Count < MaxProblems)
            {
                problems.Add(new ArticleProblem(DiagnosticIds.UnclosedQuotation, new TextRange(open, open + 1), string.Empty));
            }

            // Bounded at the end of the sentence-ish stretch: the paragraph, or the next mark.
            if (end > open + 1) regions.Add(new QuoteRegion(open, end, closed: false, single: false));
        }

        private static Role Classify(string text, int i, TextRange para)
        {
            char prev = i > para.Start ? text[i - 1] : ' ';
            char next = i + 1 < para.End ? text[i + 1] : ' ';
            bool spaceBefore = char.IsWhiteSpace(prev) || "([{—–-/:;".IndexOf(prev) >= 0;
            bool spaceAfter = char.IsWhiteSpace(next) || ".,;:!?)]}—–".IndexOf(next) >= 0 || i + 1 >= para.End;
            char c = text[i];
            if (spaceBefore && !spaceAfter) return Role.Open;
            if (!spaceBefore && spaceAfter) return Role.Close;
            if (QuoteMarks.IsOpeningGlyph(c)) return Role.Open;
            if (QuoteMarks.IsClosingGlyph(c)) return Role.Close;
            return Role.Either;
        }

        /// <summary>
        /// An opening single mark stands after a space and before a letter; <c>'90s</c> (a digit
        /// follows) and <c>don't</c> (a letter precedes) are apostrophes.
        /// </summary>
        private static bool OpensSingle(string text, int i, TextRange para)
        {
            char c = text[i];
            if (c == '’' || c == '›') return false;
            char prev = i > para.Start ? text[i - 1] : ' ';
            char next = i + 1 < para.End ? text[i + 1] : ' ';
            return (char.IsWhiteSpace(prev) || prev == '(' || prev == '"' || prev == '“') && char.IsLetter(next);
        }

        /// <summary>
        /// A closing single mark follows a word or punctuation and stands before a space or
        /// punctuation; inside a word (<c>don’t</c>) it is an apostrophe.
        /// </summary>
        private static bool ClosesSingle(string text, int i, TextRange para)
        {
            char c = text[i];
            if (c == '‘' || c == '‹') return false;
            char prev = i > para.Start ? text[i - 1] : ' ';
            char next = i + 1 < para.End ? text[i + 1] : ' ';
            return !char.IsWhiteSpace(prev) && !char.IsLetterOrDigit(next);
        }
    }
}
