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
            if (!(PlainSayings.Contains(t[cue].Text) || ThatAfterCue(t, s, cue)) || end - 1 < s.First || end > cue) return null;
            Token head = t[end - 1];

            // "Partisans on both sides warn that", "some analyses suggest that": a verb in its base
            // form after a plural; after a singular it would be a noun ("the main supply that").
            if (!PlainSayings.Contains(t[cue].Text) && CueLexicon.IsBaseForm(t[cue].Text) && !(head.IsWord && head.Text.EndsWith("s", System.StringComparison.Ordinal))) return null;
            // An -ly word before the cue is an adverb ("Officials privately say"), unless it is one of
            // the nouns and adjectives that end so: "An ally said", "The organizer of a rally said",
            // "The assembly said", "The elderly say" (OpenAdverbs' LyNouns).
            if (!(head.IsWord || head.Kind == TokenKind.Number) || (head.IsWord && WordLists.StopWords.Contains(head.Text)) ||
                (head.Text.EndsWith("ly", System.StringComparison.Ordinal) && !LyNouns.Contains(head.Text)))
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
            // "The GOP speechwriter", "the head of China's delegation": an acronym modifying the
            // head, or an owner's possessive, names the group or place the person belongs to, not
            // the person, so the description stays the only name the speaker has.
            bool definite = first < end && t[first].Is("the");
            for (int i = first; i < end; i++)
            {
                Token w = t[i];
                if (definite && i > first && w.IsCapitalized && !(i < end - 1 && (NounPhrases.IsAcronymWord(w.Text) || w.IsPossessive))) return null;
                if (w.IsWord && (CueLexicon.IsCue(w.Text) && !CountedOrDetermined(t, i, first) || NoSubjectWords.Contains(w.Text) || Auxiliaries.Contains(w.Text) || w.Text.IndexOfAny(Apostrophes) > 0 && !w.IsPossessive)) return null;
            }

            return first < end ? Unnamed(text, t, first, end) : null;
        }

        /// <summary>
        /// "the retired neurosurgeon acknowledged that ...", "the suit claims that ...": any verb of
        /// speech with "that" right after it reports words as plainly as "said" does (an evaluative
        /// verb, "welcomed that", is left to its own rule).
        /// </summary>
        private static bool ThatAfterCue(List<Token> t, Sentence s, int cue) =>
            cue + 1 < s.End && t[cue + 1].Is("that") && CueLexicon.IsCue(t[cue].Text) && !CueLexicon.IsEvaluative(t[cue].Text) && !CueLexicon.IsParticiple(t[cue].Text) &&
            !NounCues.Contains(t[cue].Text);

        /// <summary>
        /// Cue words that are as often nouns taking a "that" clause: "news reports that", "bigoted
        /// charges that", "a passing promise that", "states that vote a week later". Only a past
        /// form ("claimed that") is surely the verb.
        /// </summary>
        private static readonly WordSet NounCues = new WordSet(
            "claim", "claims", "charge", "charges", "report", "reports", "promise", "promises", "tweet", "tweets", "state", "states",
            "call", "calls", "estimate", "estimates", "reply", "replies", "warning", "warnings", "answer", "answers", "pledge", "pledges",
            "vow", "vows", "boast", "boasts", "complaint", "complaints", "joke", "jokes", "post", "posts", "statement", "statements");

        /// <summary>
        /// "voters in six states said", "the reports of officials say": a cue word after a number or
        /// a determiner is a noun inside the subject, not a verb of speech that ends it.
        /// </summary>
        private static bool CountedOrDetermined(List<Token> t, int i, int first)
        {
            if (i <= first) return false;
            Token before = t[i - 1];
            return before.Kind == TokenKind.Number || before.IsWord && (NounMarkers.Contains(before.Text) || NounPhrases.IsCountWord(before.Text));
        }
    }
}
