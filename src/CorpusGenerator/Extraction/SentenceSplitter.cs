using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>A sentence as a slice [<see cref="First"/>, <see cref="End"/>) of a token list.</summary>
    internal readonly struct Sentence
    {
        public Sentence(int first, int end)
        {
            First = first;
            End = end;
        }

        public int First { get; }

        public int End { get; }

        public int Count => End - First;
    }

    /// <summary>
    /// Splits a paragraph's tokens into sentences. Quotations are single tokens, so a period inside
    /// a quote never ends the sentence around it; a quotation that itself ends a sentence
    /// (<c>... a study.” He said</c>) does.
    /// </summary>
    internal static class SentenceSplitter
    {
        [System.Runtime.CompilerServices.MethodImpl(JitHints.OptimizeAtOnce)]
        public static List<Sentence> Split(List<Token> tokens)
        {
            var sentences = new List<Sentence>();
            int first = 0;
            for (int i = 0; i < tokens.Count; i++)
            {
                if (i + 1 < tokens.Count && EndsHere(tokens, i))
                {
                    sentences.Add(new Sentence(first, i + 1));
                    first = i + 1;
                }
            }

            if (first < tokens.Count) sentences.Add(new Sentence(first, tokens.Count));
            return sentences;
        }

        [System.Runtime.CompilerServices.MethodImpl(JitHints.OptimizeAtOnce)]
        private static bool EndsHere(List<Token> tokens, int i)
        {
            Token token = tokens[i];

            // Words and numbers, most tokens, never end a sentence: decided before looking at the next.
            if (token.Kind == TokenKind.Word || token.Kind == TokenKind.Number) return false;
            Token next = tokens[i + 1];
            if (token.Kind == TokenKind.Punct && next.Kind == TokenKind.Punct && next.Start == token.End && (QuoteMarks.IsDouble(next.Text[0]) || QuoteMarks.IsSingle(next.Text[0])))
            {
                return false; // the sentence ends after the mark
            }

            bool nextStarts = next.IsCapitalized || next.Kind == TokenKind.Quote || next.Kind == TokenKind.Number || OpensBracketedSentence(tokens, i + 1);
            if (!nextStarts) return false;
            if (token.Kind == TokenKind.Quote)
            {
                string inner = token.Text.TrimEnd();
                if (inner.Length == 0) return false;
                char last = inner[inner.Length - 1];
                return (last == '.' || last == '!' || last == '?' || last == '…');
            }

            if (token.Kind != TokenKind.Punct) return false;
            char c = token.Text[0];
            if (QuoteMarks.IsDouble(c) || QuoteMarks.IsSingle(c))
            {
                // A stray closing mark after the period: "... policy.'' The network said".
                return i > 0 && tokens[i - 1].Kind == TokenKind.Punct && ".!?".IndexOf(tokens[i - 1].Text[0]) >= 0 && tokens[i - 1].End == token.Start;
            }

            if (c == '!' || c == '?' || c == '…') return true;
            if (c != '.') return false;
            if (i == 0) return false;

            // "(D-N.Y.)": a period with a word straight after it, no space, abbreviates inside a phrase.
            if (next.Start == token.End && next.IsWord) return false;
            Token prev = tokens[i - 1];
            if (prev.Kind == TokenKind.Word && prev.End == token.Start)
            {
                if (WordLists.Abbreviations.Contains(prev.Text) && !IsAcronymNotTitle(prev, next)) return false;
                if (prev.Text.Length == 1 && char.IsUpper(prev.Text[0])) return false; // an initial: John F. Kennedy
            }

            return true;
        }

        /// <summary>
        /// "for patients with MS. Final approval in Canada", "sources close to the negotiations tell
        /// the FT. But Rover told BBC News": an abbreviation is written "Ms." or "Ft."; in capitals
        /// ("MS", "FT") it is an acronym, whose period ends the sentence, unless the next word is in
        /// capitals too, as in a dateline ("ST. LOUIS —").
        /// </summary>
        private static bool IsAcronymNotTitle(Token word, Token next)
        {
            if (word.Text.Length < 2 || !IsAllCapitals(word.Text)) return false;
            return !(next.IsWord && next.Text.Length > 1 && IsAllCapitals(next.Text));
        }

        private static bool IsAllCapitals(string w)
        {
            foreach (char c in w)
            {
                if (!char.IsUpper(c)) return false;
            }

            return true;
        }

        /// <summary>
        /// "... to eliminate traffic congestion. ( Robyn Beck/Bloomberg News )", "... over the last
        /// few years. (Oh hey there, Olivia Pope.)": a bracket after a space that opens with a capital,
        /// a number or a quotation starts a sentence of its own, as a capital would; the reported
        /// clause before it ended at the period.
        /// </summary>
        private static bool OpensBracketedSentence(List<Token> tokens, int i) =>
            i + 1 < tokens.Count && i > 0 && tokens[i].Kind == TokenKind.Punct && tokens[i].Text[0] == '(' && tokens[i].Start > tokens[i - 1].End &&
            (tokens[i + 1].IsCapitalized || tokens[i + 1].Kind == TokenKind.Quote || tokens[i + 1].Kind == TokenKind.Number);
    }
}
