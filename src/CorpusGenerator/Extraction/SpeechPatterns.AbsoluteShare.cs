using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "..., with 50 percent saying she is prepared", "..., with three in 10 saying a running mate
    /// would have no effect": a poll's share in an absolute phrase is the subject of the
    /// participle after it, kept as written and naming no one.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Tokens at most between "with" and the participle.</summary>
        private const int AbsoluteShareTokens = 8;

        /// <summary>
        /// The share between "with" and the participle cue <paramref name="cue"/> ("with 30 percent
        /// of voters saying"), when the cue only reports words ("saying") or a "that", quotation or
        /// colon follows it; null otherwise.
        /// </summary>
        private static Mention? AbsoluteShare(string text, List<Token> t, Sentence s, int cue)
        {
            if (!t[cue].Is("saying") && !ReportsWords(t, s, cue + 1)) return null;
            bool share = false;
            for (int w = cue - 1; w > s.First && cue - w <= AbsoluteShareTokens; w--)
            {
                Token token = t[w];
                if (token.Is("with")) return share && w + 1 < cue ? Unnamed(text, t, w + 1, cue) : null;
                bool number = token.Kind == TokenKind.Number || token.IsPunct('%');
                if (!(token.IsWord || number) || (token.IsWord && (CueLexicon.IsCue(token.Text) || NounPhrases.IsPronoun(token)))) return null;
                if (number || token.Is("percent") || NounPhrases.IsCountWord(token.Text)) share = true;
            }

            return null;
        }
    }
}
