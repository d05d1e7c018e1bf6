using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// Sources a quote is attributed to without a name: "“Q,” said one Democrat familiar with the
    /// talks", "“Q,” one employee told the paper". Next to a quote the cue leaves no doubt that the
    /// phrase speaks, so the phrase is kept as the mention, but it names nobody: no speaker entity
    /// is made of it.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Tokens at most in an unnamed source's phrase.</summary>
        private const int UnnamedSourceTokens = 10;

        /// <summary>Words an unnamed source's phrase may open with: determiners and counts.</summary>
        private static readonly WordSet SourceOpeners = new WordSet(
            "a", "an", "the", "one", "another", "his", "her", "their", "its", "some", "several", "two", "three", "many",
            "other", "others", "each", "both", "most", "those");

        /// <summary>Words that end a source's phrase besides a relative pronoun (<see cref="EndsSource"/>): a preposition of time or place.</summary>
        private static readonly WordSet SourceEnders = new WordSet(
            "on", "in", "at", "during", "after", "before", "when", "while", "as");

        /// <summary>Whether <paramref name="token"/> ends a source's phrase: a relative clause opens ("who", "that", "whose") or a preposition of time or place.</summary>
        private static bool EndsSource(Token token) => SourceEnders.Contains(token.Text) || RelativePronoun(token) != RelativeKind.None;

        /// <summary>"said one of two witnesses who relayed the story": the phrase after an inverted cue.</summary>
        private static Mention? UnnamedSourceAfter(string text, List<Token> t, int first, int end)
        {
            if (first >= end || !t[first].IsWord || !SourceOpeners.Contains(t[first].Text)) return null;
            int last = first;
            while (last + 1 < end && last + 1 - first < UnnamedSourceTokens && (IsSourceWord(t[last + 1]) || IsJoiningHyphen(t, last + 1, end))) last++;
            bool closed = last + 1 >= end || !t[last + 1].IsWord || EndsSource(t[last + 1]);
            if (!closed || (last == first && !t[first].Is("another") && !t[first].Is("others"))) return null;
            return Unnamed(text, t, first, last + 1);
        }

        /// <summary>Conjunctions that may open a sentence before its subject: "Yet another said".</summary>
        private static readonly WordSet OpeningConjunctions = new WordSet("but", "and", "yet", "still", "meanwhile");

        /// <summary>
        /// "“Q,” one employee told the paper": the phrase between the quote and the cue. "Several said
        /// they ...", "Another source familiar with his thinking said, “Q”": the phrase opening the
        /// sentence, when what follows the cue is plainly what was said. The phrase ends at
        /// <paramref name="end"/>: the cue, or the first of the modifiers before it ("have said").
        /// </summary>
        private static Mention? UnnamedSourceBefore(string text, List<Token> t, Sentence s, int cue, int end)
        {
            if (end - 1 < s.First || end > cue) return null;
            int first = end - 1;
            while (first > s.First && end - first < UnnamedSourceTokens && (IsSourceWord(t[first]) || IsJoiningHyphen(t, first, end))) first--;
            bool afterQuote = t[first].Kind == TokenKind.Quote || (t[first].IsPunct(',') && first > s.First && t[first - 1].Kind == TokenKind.Quote);
            if (afterQuote)
            {
                return first + 1 < end && t[first + 1].IsWord && SourceOpeners.Contains(t[first + 1].Text) ? Unnamed(text, t, first + 1, end) : null;
            }

            // The sentence's own subject: it starts the sentence, or follows an opening conjunction.
            int start = first == s.First && IsSourceWord(t[first]) ? first : first + 1;
            if (start == s.First && OpeningConjunctions.Contains(t[start].Text)) start++;
            if (start >= end || end - start >= UnnamedSourceTokens) return null;
            if (start > s.First && !(start == s.First + 1 && OpeningConjunctions.Contains(t[s.First].Text))) return null;
            if (!SourceOpeners.Contains(t[start].Text) || !ReportsPlainly(t, s, cue)) return null;

            // "A release from UFCW Local 832 said": a phrase holding a name is a named source's, for the resolver.
            for (int i = start + 1; i < end; i++)
            {
                if (t[i].IsCapitalized) return null;
            }

            return Unnamed(text, t, start, end);
        }

        /// <summary>Verbs that only ever report words: "added" may add money, "said" never does.</summary>
        private static readonly WordSet PlainSayings = new WordSet("say", "says", "said", "told", "tells", "wrote", "writes");

        /// <summary>What follows the cue is what was said: "that", a quotation, a comma or colon before one, or a verb of saying.</summary>
        private static bool ReportsPlainly(List<Token> t, Sentence s, int cue)
        {
            if (PlainSayings.Contains(t[cue].Text)) return true;

            int next = cue + 1;
            return next < s.End && (t[next].Is("that") || t[next].Kind == TokenKind.Quote || t[next].IsPunct(':') ||
                                    (t[next].IsPunct(',') && next + 1 < s.End && t[next + 1].Kind == TokenKind.Quote));
        }

        /// <summary>A word of a noun phrase: not a verb of speech, a pronoun or a word that ends the phrase.</summary>
        private static bool IsSourceWord(Token token) =>
            (token.IsWord || token.Kind == TokenKind.Number) && !CueLexicon.IsCue(token.Text) && !NounPhrases.IsPronoun(token) &&
            !EndsSource(token) && !token.Text.EndsWith("ly", System.StringComparison.Ordinal) &&
            !Auxiliaries.Contains(token.Text);

        /// <summary>Verbs inside a would-be phrase ("His office is preparing an additional report"): a clause, not a source.</summary>
        private static readonly WordSet Auxiliaries = new WordSet(
            "is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may", "might",
            "should", "must", "do", "does", "did");

        /// <summary>The hyphen of "the 28-year-old", which the tokenizer parts from the number before it.</summary>
        private static bool IsJoiningHyphen(List<Token> t, int i, int end) =>
            t[i].IsPunct('-') && i > 0 && i + 1 < end && t[i - 1].End == t[i].Start && t[i + 1].Start == t[i].End;

        private static Mention Unnamed(string text, List<Token> t, int first, int end)
        {
            var span = new TextRange(t[first].Start, t[end - 1].End);
            return new Mention(MentionKind.Description, first, end, span, span.Of(text));
        }
    }
}
