using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "The Russians have used the fighters' presence to justify airstrikes, saying ...", "Other
    /// Republican candidates, including Carly Fiorina, have followed his lead, saying ...": a
    /// participle clause after the main clause is its subject's speech, and that subject is the
    /// phrase opening the sentence up to its verb, whatever the lexicon would make of its head.
    /// The phrase is kept as written and names no one.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Tokens at most in the opening subject phrase, and in an appositive after it.</summary>
        private const int OpeningSubjectTokens = 8, OpeningAppositiveTokens = 12;

        /// <summary>
        /// The phrase opening the sentence (past an opening "But" or "And", or a short opening
        /// adverbial and its comma) when a finite verb follows it, straight away or past one
        /// appositive set off by commas, before <paramref name="limit"/>; null when the sentence
        /// opens with a clause word, or no verb is found.
        /// </summary>
        private static Mention? OpeningSubjectPhrase(string text, List<Token> t, Sentence s, int limit)
        {
            int first = s.First;
            if (first < limit && t[first].IsWord && OpeningConjunctions.Contains(t[first].Text)) first++;
            if (first >= limit || !t[first].IsWord) return null;
            string w = t[first].Text;

            // "In August, several environmental groups granted ..., saying": past an opening
            // adverbial to the subject after its comma.
            if (WordLists.Prepositions.Contains(w) || WordLists.AdverbialStarters.Contains(w)) first = PastOpeningAdverbial(t, first, limit);
            if (first < 0 || first >= limit || !t[first].IsWord) return null;
            w = t[first].Text;
            if (WordLists.Prepositions.Contains(w) || WordLists.AdverbialStarters.Contains(w) || Subordinators.Contains(w) || CueLexicon.IsParticiple(w)) return null;

            // "One operative inside Trump Tower tried to downplay it, saying": "one" before a noun
            // counts a person, as "a" would, where alone ("One said") it is a pronoun.
            int end = OneBeforeNoun(t, first, limit) ? first + 1 : first;
            while (end < limit && end - first < OpeningSubjectTokens && IsSubjectWord(t[end]) && !IsFiniteVerb(t, end, first)) end++;
            if (end == first || end >= limit) return null;
            int verb = end;
            if (t[end].IsPunct(','))
            {
                // ", including Carly Fiorina and Ben Carson, have followed": past one appositive.
                int close = end + 1;
                while (close < limit && close - end <= OpeningAppositiveTokens && !t[close].IsPunct(',') && t[close].Kind != TokenKind.Quote) close++;
                if (close >= limit || !t[close].IsPunct(',')) return null;
                verb = close + 1;
            }

            if (verb >= limit || !IsFiniteVerb(t, verb, first)) return null;
            return Unnamed(text, t, first, end);
        }

        /// <summary>"One operative", "one former employee": "one" at <paramref name="i"/> before a lower-case word that is no function word or verb of speech.</summary>
        private static bool OneBeforeNoun(List<Token> t, int i, int limit) =>
            t[i].Is("one") && i + 1 < limit && t[i + 1].IsWord && !t[i + 1].IsCapitalized && !WordLists.StopWords.Contains(t[i + 1].Text) && !CueLexicon.IsCue(t[i + 1].Text);

        /// <summary>A word of a subject phrase: no pronoun, verb of speech or clause word.</summary>
        private static bool IsSubjectWord(Token w) =>
            (w.IsWord || w.Kind == TokenKind.Number) && !CueLexicon.IsCue(w.Text) && !NoSubjectWords.Contains(w.Text) && !NounPhrases.IsPronoun(w);

        /// <summary>
        /// "have", "did", "would", or a lower-case past form after a word that is no determiner
        /// ("The Russians used", not "the elected officials"): the verb that ends the subject.
        /// </summary>
        private static bool IsFiniteVerb(List<Token> t, int i, int first)
        {
            Token w = t[i];
            if (!w.IsWord || w.IsCapitalized) return false;
            if (Auxiliaries.Contains(w.Text)) return true;
            return i > first && w.Text.EndsWith("ed", System.StringComparison.Ordinal) && w.Text.IndexOf('-') < 0 && !WordLists.Determiners.Contains(t[i - 1].Text);
        }
    }
}
