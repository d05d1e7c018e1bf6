using System.Collections.Generic;
using System.Threading;
using CorpusGenerator.Diagnostics;

namespace CorpusGenerator.Extraction
{
    /// <summary>A run of quoted text, its marks included.</summary>
    internal readonly struct QuoteRegion
    {
        public QuoteRegion(int start, int end, bool closed, bool single, int openLength = 1, int closeLength = 1)
        {
            Start = start;
            End = end;
            Closed = closed;
            Single = single;
            OpenLength = openLength;
            CloseLength = closed ? closeLength : 0;
        }

        /// <summary>Characters of the opening mark: 2 for the typewriter <c>''</c>, else 1.</summary>
        public int OpenLength { get; }

        /// <summary>Characters of the closing mark (0 when unclosed).</summary>
        public int CloseLength { get; }

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

        [System.Runtime.CompilerServices.MethodImpl(JitHints.OptimizeAtOnce)]
        public static List<QuoteRegion> Scan(string text, IReadOnlyList<TextRange> paragraphs, List<ArticleProblem> problems, CancellationToken cancellationToken)
        {
            var regions = new List<QuoteRegion>();
            int open = -1, openWidth = 1;
            for (int p = 0; p < paragraphs.Count; p++)
            {
                TextRange para = paragraphs[p];
                int i = para.Start;
                if (TranscriptTurn.Opens(text, para))
                {
                    // "PENCE: Well, ...": a quoted transcript's mark opens the turn, not a quotation
                    // of its own; the label's colon attributes the turn (as in an unquoted transcript),
                    // and the quote carried from the turn before ends with it.
                    if (open >= 0) Unclosed(text, open, paragraphs[p - 1].End, regions, problems);
                    open = -1;
                    i += IsTypewriterDouble(text, i, para) ? 2 : 1;
                }
                else if (open >= 0)
                {
                    // A quote carried over from the previous paragraph: this one must re-open it.
                    int width = IsTypewriterDouble(text, i, para) ? 2 : 1;
                    if ((QuoteMarks.IsDouble(text[i]) || width == 2) && Classify(text, i, para, width) != Role.Close) i += width;
                    else
                    {
                        Unclosed(text, open, paragraphs[p - 1].End, regions, problems);
                        open = -1;
                    }
                }

                int single = -1;
                var marks = new MarkFinder(text, para.End);
                for (; i < para.End; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    i = marks.Next(i);
                    if (i >= para.End) break;
                    char c = text[i];
                    int width = IsTypewriterDouble(text, i, para) ? 2 : 1;
                    if (QuoteMarks.IsDouble(c) || width == 2)
                    {
                        Role role = Classify(text, i, para, width);
                        if (open < 0)
                        {
                            if (role != Role.Close)
                            {
                                open = i;
                                openWidth = width;
                            }

                            single = -1;
                        }
                        else if (role == Role.Open && !ContinuesAfterSentence(text, open, i, width))
                        {
                            Unclosed(text, open, BeforeColonLeadIn(text, open, i), regions, problems);
                            open = i;
                            openWidth = width;
                        }
                        else if (role == Role.Open)
                        {
                            // The quote goes on: a mark re-opens it after a full sentence, as a new
                            // paragraph of a quote does, in text whose paragraph breaks were lost.
                        }
                        else
                        {
                            regions.Add(new QuoteRegion(open, i + width, closed: true, single: false, openWidth, width));
                            open = -1;
                        }

                        i += width - 1;
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

        /// <summary>
        /// Whether the opening mark at <paramref name="mark"/>, inside the quote opened at
        /// <paramref name="open"/>, continues it: the quoted text before it ends a sentence
        /// on the same line (<c>"... for all. "By prosperity I mean ..."</c>). Text that lost its
        /// paragraph breaks writes a multi-paragraph quote this way; the quote is one, and no mark
        /// is unclosed.
        /// </summary>
        private static bool ContinuesAfterSentence(string text, int open, int mark, int width)
        {
            // The mark must start words: one before a line's end or a space opens nothing.
            if (mark + width >= text.Length || char.IsWhiteSpace(text[mark + width])) return false;

            // On the same line only: a mark that starts a new line is a new paragraph's business
            // (ReopensQuote), and there an unclosed quote is worth reporting.
            int j = mark - 1;
            if (j <= open || !char.IsWhiteSpace(text[j])) return false;
            while (j > open && char.IsWhiteSpace(text[j]))
            {
                if (text[j] == '\n' || text[j] == '\r') return false;
                j--;
            }

            return j > open + 1 && (text[j] == '.' || text[j] == '?' || text[j] == '!');
        }

        /// <summary>Characters at most of a lead-in between the sentence an unclosed quote ends with and the colon before the next mark.</summary>
        private const int MaxLeadIn = 200;

        /// <summary>
        /// Where an unclosed quote ends when the mark at <paramref name="mark"/> opens the next one:
        /// <c>said: "I've lost three years of my life. He added: "The authorities wanted ..."</c>.
        /// The writer forgot the closing mark; the lead-in with its colon ("He added:") is the
        /// writer's, so the quote ends with the sentence before it, and the lead-in stays outside
        /// the quote where its cue can be read. With no colon right before the mark, or no
        /// sentence's end within reach on the same line, the quote ends at the mark as before.
        /// </summary>
        private static int BeforeColonLeadIn(string text, int open, int mark)
        {
            int j = mark - 1;
            while (j > open && text[j] == ' ') j--;
            if (j <= open || text[j] != ':') return mark;
            for (int k = j - 1; k > open + 1 && j - k <= MaxLeadIn; k--)
            {
                char c = text[k];
                if (c == '\n' || c == '\r' || QuoteMarks.IsDouble(c)) return mark;
                if ((c == '.' || c == '?' || c == '!') && text[k + 1] == ' ' && k + 2 < j && char.IsUpper(text[k + 2]) && !(c == '.' && AfterAbbreviation(text, open, k))) return k + 1;
            }

            return mark;
        }

        /// <summary>"Mr.", "Sen.", "J.": a capitalised word of four letters at most before the full stop at <paramref name="dot"/> is an abbreviation or an initial, not a sentence's end.</summary>
        private static bool AfterAbbreviation(string text, int open, int dot)
        {
            int w = dot;
            while (w > open && char.IsLetter(text[w - 1])) w--;
            return dot - w <= 4 && dot > w && char.IsUpper(text[w]);
        }

        private static bool ReopensQuote(string text, TextRange next)
        {
            if (TranscriptTurn.Opens(text, next)) return false;
            int width = IsTypewriterDouble(text, next.Start, next) ? 2 : 1;
            return (QuoteMarks.IsDouble(text[next.Start]) || width == 2) && Classify(text, next.Start, next, width) != Role.Close;
        }

        private static void Unclosed(string text, int open, int end, List<QuoteRegion> regions, List<ArticleProblem> problems)
        {
            if (problems.Count < MaxProblems)
            {
                problems.Add(new ArticleProblem(DiagnosticIds.UnclosedQuotation, new TextRange(open, open + 1), string.Empty));
            }

            // Bounded at the end of the sentence-ish stretch: the paragraph, or the next mark.
            if (end > open + 1) regions.Add(new QuoteRegion(open, end, closed: false, single: false));
        }

        /// <summary>Two straight apostrophes standing for a double mark, as some archives write: <c>''Yes,'' he said</c>.</summary>
        private static bool IsTypewriterDouble(string text, int i, TextRange para) =>
            text[i] == '\'' && i + 1 < para.End && text[i + 1] == '\'' && (i + 2 >= para.End || text[i + 2] != '\'');

        private static Role Classify(string text, int i, TextRange para, int width = 1)
        {
            char prev = i > para.Start ? text[i - 1] : ' ';
            char next = i + width < para.End ? text[i + width] : ' ';
            bool spaceBefore = char.IsWhiteSpace(prev) || "([{—–-/:;".IndexOf(prev) >= 0;
            bool spaceAfter = char.IsWhiteSpace(next) || ".,;:!?)]}—–".IndexOf(next) >= 0 || i + width >= para.End;
            char c = text[i];

            // A paragraph's first mark has nothing before it to close: "” … what I learned ...,” he
            // said" opens with a reversed glyph and a space before the ellipsis.
            if (i == para.Start) return Role.Open;
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
