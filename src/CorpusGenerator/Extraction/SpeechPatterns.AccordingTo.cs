using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "according to the FBI", "according to a new poll by Harvard", "according to FEC records":
    /// the source of "according to" is any phrase, not only a person's name or a description the
    /// lexicon knows. The cue leaves no doubt that the phrase is the source.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Tokens at most in the source of "according to" that no other rule names.</summary>
        private const int AccordingSourceTokens = 16;

        /// <summary>
        /// Tokens at most in such a source when a comma closes it: "According to early results of
        /// the exit poll conducted by Edison Research for the Associated Press and Television
        /// Networks, C" names a long source that the comma still bounds.
        /// </summary>
        private const int AccordingSourceTokensToComma = 24;

        /// <summary>
        /// The source after "according to" at <paramref name="first"/> when the phrase walks find
        /// none. "the FBI", "the Associated Press": the name after its article, for the resolver.
        /// Otherwise the words up to the comma, dash, bracket or stop that closes the phrase, kept
        /// as written and naming no one ("a count by The Associated Press", "early results of exit
        /// polls"); a phrase that runs on with no such close is no source we can bound.
        /// </summary>
        private static Mention? AccordingToSource(string text, List<Token> t, Sentence s, int first, out bool unnamed)
        {
            unnamed = false;
            if (first >= s.End || !(t[first].IsWord || t[first].Kind == TokenKind.Number)) return null;
            if (t[first].Is("the") && first + 1 < s.End && NounPhrases.IsNameish(t[first + 1]) &&
                NounPhrases.StartingAt(text, t, first + 1, s.End) is Mention named && named.Kind == MentionKind.Name && ClosesSource(t, s, named.End))
            {
                return named;
            }

            int end = first;
            while (end < s.End && end - first < AccordingSourceTokensToComma && (t[end].IsWord || t[end].Kind == TokenKind.Number || IsJoiningHyphen(t, end, s.End) || IsJoiningSlash(t, end, s.End) || IsAbbreviationStop(t, end) || QuotedNameInSource(t, end, first)))
            {
                end++;
            }

            end = TrimEnd(t, first, end);
            if (end <= first || !ClosesSource(t, s, end)) return null;
            if (end - first > AccordingSourceTokens && !(end < s.End && t[end].IsPunct(','))) return null; // a long run needs its comma
            unnamed = true;
            return Unnamed(text, t, first, end);
        }

        /// <summary>Whether the source phrase may end before <paramref name="end"/>: the sentence's end, a comma, dash, bracket or semicolon.</summary>
        private static bool ClosesSource(List<Token> t, Sentence s, int end)
        {
            int close = TrimEnd(t, end, s.End) == end ? s.End : end;
            if (close >= s.End) return true;
            Token next = t[end];

            // "according to exit polls (a sizable margin ...)", "according to the World Travel and
            // Tourism Council (WTTC)": an opening bracket closes the source too.
            return next.IsPunct(',') || next.IsPunct(';') || next.IsPunct(')') || next.IsPunct('(') || IsDash(next);
        }

        /// <summary>Words at most in a quoted name inside a source: her “clawback” plan, the “Medicare for all” document.</summary>
        private const int QuotedNameWords = 4;

        /// <summary>
        /// "according to her “clawback” plan, C", "according to the “Medicare for all” document he
        /// released": a short quotation inside the source names a plan or a document; it ends no
        /// phrase. Not the source's first token, and no stop, comma or question inside it.
        /// </summary>
        private static bool QuotedNameInSource(List<Token> t, int i, int first)
        {
            if (i == first || t[i].Kind != TokenKind.Quote) return false;
            string q = t[i].Text;
            int words = 1;
            foreach (char c in q)
            {
                if (c == ' ') words++;
                if (c == '.' || c == ',' || c == '?' || c == '!' || c == ';' || c == ':') return false;
            }

            return words <= QuotedNameWords;
        }

        /// <summary>
        /// The slash of a joint source, "a CNN/ORC poll", "Washington Post/ABC News polling": glued to
        /// the words on both sides, it joins two names of one source instead of ending the phrase.
        /// </summary>
        private static bool IsJoiningSlash(List<Token> t, int i, int end) =>
            t[i].IsPunct('/') && i > 0 && i + 1 < end && t[i - 1].End == t[i].Start && t[i + 1].Start == t[i].End && t[i - 1].IsWord && t[i + 1].IsWord;

        /// <summary>The stop of "U.S." or "Inc.", glued to the word before it, inside a phrase.</summary>
        private static bool IsAbbreviationStop(List<Token> t, int i) =>
            t[i].IsPunct('.') && i > 0 && t[i - 1].End == t[i].Start && i + 1 < t.Count && t[i + 1].IsWord;
    }
}
