using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Jason Sims — a teacher from Mount Pleasant — says he ...", "Three-in-five GOP insiders
    /// -- and two-thirds of Republicans in New Hampshire -- said ...": an aside between dashes
    /// stands between the subject and its cue, as an appositive between commas does.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Tokens at most inside a dash aside.</summary>
        private const int DashAsideTokens = 25;

        /// <summary>
        /// The subject before the dash aside that closes at <paramref name="j"/>, right before the
        /// cue <paramref name="k"/>: the phrase ending before the opening dash, or, before a verb
        /// that only reports words, the phrase opening its clause; null when no aside closes there.
        /// </summary>
        private static Mention? BeforeDashAside(string text, List<Token> t, Sentence s, int j, int k, out bool unnamed)
        {
            unnamed = false;
            int close = DashStart(t, s, j);
            if (close < 0) return null;
            int open = -1;
            for (int i = close - 1; i > s.First && close - i <= DashAsideTokens; i--)
            {
                if (t[i].Kind == TokenKind.Quote || t[i].IsPunct('.')) return null;
                int start = DashStart(t, s, i);
                if (start >= 0)
                {
                    open = start;
                    break;
                }
            }

            if (open <= s.First || close - open < 2) return null;
            Mention? subject = SubjectEndingAt(text, t, s, open - 1);
            if (subject is not null && StartsClause(t, s, WithDeterminer(t, s, subject.First))) return subject;
            unnamed = true;
            return PlainSubjectBefore(text, t, s, k, open);
        }

        /// <summary>
        /// The first token after a dash aside that opens at <paramref name="open"/> ("—" or "--")
        /// and closes with the same kind of dash within <see cref="DashAsideTokens"/> tokens, with
        /// no quotation or sentence stop inside; null when none does.
        /// </summary>
        private static int? DashAsideEnd(List<Token> t, int open, int limit)
        {
            bool em = IsDash(t[open]);
            bool doubled = !em && open + 1 < limit && t[open].IsPunct('-') && t[open + 1].IsPunct('-') && t[open].End == t[open + 1].Start;
            if (!em && !doubled) return null;
            int i = open + (em ? 1 : 2);
            int first = i;
            for (; i < limit && i - open <= DashAsideTokens; i++)
            {
                if (t[i].Kind == TokenKind.Quote || (t[i].IsPunct('.') && !IsAbbreviationStop(t, i))) return null;
                if (em && IsDash(t[i])) return i > first ? i + 1 : (int?)null;
                if (doubled && i + 1 < limit && t[i].IsPunct('-') && t[i + 1].IsPunct('-') && t[i].End == t[i + 1].Start) return i > first ? i + 2 : (int?)null;
            }

            return null;
        }

        /// <summary>The first token of the dash ending at <paramref name="i"/> ("—", or "--" as two hyphens); -1 when none does.</summary>
        private static int DashStart(List<Token> t, Sentence s, int i)
        {
            if (IsDash(t[i])) return i;
            return i - 1 >= s.First && t[i].IsPunct('-') && t[i - 1].IsPunct('-') && t[i - 1].End == t[i].Start ? i - 1 : -1;
        }
    }
}
