using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Several Democratic operatives said they ...", "Democrats trying to regain the Senate say
    /// they ...", "..., people close to Clinton say.": before a verb that only ever reports words
    /// ("said", "says", "told"), the phrase that opens its clause is who speaks, however the
    /// lexicon would read its head. The phrase is kept as written and names no one.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Tokens at most in a subject phrase read this way.</summary>
        private const int PlainSubjectTokens = 12;

        /// <summary>Words that make the run before the cue a clause or a question, not a subject phrase.</summary>
        private static readonly WordSet NoSubjectWords = new WordSet(
            "that", "what", "which", "whether", "if", "than", "it", "this", "there", "here", "i", "we", "you", "he", "she", "they",
            "him", "them", "me", "us", "one", "not", "never", "cannot", "as", "so");

        private static readonly char[] Apostrophes = { '\'', '\u2019' };

        /// <summary>
        /// The subject phrase of the plain verb of saying at <paramref name="cue"/>, ending before
        /// <paramref name="end"/> (the cue, or the first of its modifiers): the words back to the
        /// start of the clause (the sentence's start, a comma, dash, colon, bracket or quotation
        /// mark, or a conjunction). Null when the walk meets a verb of speech, a pronoun or a word
        /// that makes it a clause of its own, or runs too long.
        /// </summary>
        private static Mention? PlainSubjectBefore(string text, List<Token> t, Sentence s, int cue, int end)
        {
            if (!PlainSayings.Contains(t[cue].Text) || end - 1 < s.First || end > cue) return null;
            Token head = t[end - 1];
            if (!(head.IsWord || head.Kind == TokenKind.Number) || (head.IsWord && WordLists.StopWords.Contains(head.Text)) ||
                head.Text.EndsWith("ly", System.StringComparison.Ordinal))
            {
                return null;
            }

            int first = end - 1;
            while (first > s.First && end - first < PlainSubjectTokens)
            {
                Token before = t[first - 1];
                if (!(before.IsWord || before.Kind == TokenKind.Number || IsJoiningHyphen(t, first - 1, end) || IsAbbreviationStop(t, first - 1))) break;
                if (before.IsWord && ClauseOpeners.Contains(before.Text)) break;
                first--;
            }

            if (end - first >= PlainSubjectTokens) return null;
            if (first > s.First)
            {
                Token opener = t[first - 1];
                bool clauseStart = opener.IsPunct(',') || opener.IsPunct(';') || opener.IsPunct(':') || opener.IsPunct('(') || IsDash(opener) ||
                                   opener.Kind == TokenKind.Quote || (opener.IsWord && ClauseOpeners.Contains(opener.Text));
                if (!clauseStart) return null;
            }

            // "But" or "And" opening the sentence is no part of the subject.
            if (first == s.First && t[first].IsWord && OpeningConjunctions.Contains(t[first].Text)) first++;

            // "a common belief says", "a page on climate says": an indefinite thing that "says" in
            // the present tells what is generally held, not what a source said.
            if (first < end && (t[first].Is("a") || t[first].Is("an")) && t[cue].Is("says")) return null;

            // "The Billy on the Street star said": a definite description holding a name means
            // someone the article names, whom an unnamed mention would leave without a name.
            bool definite = first < end && t[first].Is("the");
            for (int i = first; i < end; i++)
            {
                Token w = t[i];
                if (definite && i > first && w.IsCapitalized) return null;
                if (w.IsWord && (CueLexicon.IsCue(w.Text) || NoSubjectWords.Contains(w.Text) || Auxiliaries.Contains(w.Text) || w.Text.IndexOfAny(Apostrophes) > 0 && !w.IsPossessive)) return null;
            }

            return first < end ? Unnamed(text, t, first, end) : null;
        }
    }
}
