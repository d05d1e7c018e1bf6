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

        /// <summary>Tokens at most from the start of a subject to its plain verb of saying, its relative clause included.</summary>
        private const int RelativeSubjectTokens = 28;

        /// <summary>
        /// "The state officials whose laws have been invalidated say ...", "Friends of Mr. Clinton's
        /// who have seen him on the trail say that ...", "progressive organizations that have
        /// endorsed him say ...": a subject phrase that opens its clause, then a relative clause,
        /// then a verb that only reports words. The relative clause hides the phrase from the plain
        /// walk (its verbs and "who" are no subject words), so the phrase before the relative
        /// pronoun is read as a plain subject and named with its clause, as written. Only a
        /// subject relative counts ("who", "whose", "whom", or "that" before a verb), so "Polls
        /// show that voters say" stays no subject; the clause may hold no cue, quotation, comma or
        /// dash. The walk is bounded by <see cref="RelativeSubjectTokens"/>. This finds a subject
        /// where none was found; where the walk took a name inside the clause for the subject
        /// ("officials who spoke with The Huffington Post said"), <see cref="PostmodifiedSubject"/>
        /// puts the clause's antecedent in its place. Both read "who" alike (<see cref="IsWho"/>).
        /// </summary>
        private static Mention? SubjectBeforeRelativeClause(string text, List<Token> t, Sentence s, int cue, int end)
        {
            if (!PlainSayings.Contains(t[cue].Text) || end > cue || end - 1 <= s.First) return null;
            int relative = -1, comma = -1;
            for (int i = end - 1; i > s.First && end - i <= RelativeSubjectTokens; i--)
            {
                Token w = t[i];

                // "The judges who ruled that ..., for instance, said", "voters who have listened to
                // his speeches over the decades, on television or at campaign events, said": commas
                // may set off pieces inside the relative clause, which must open before them.
                if (w.IsPunct(',') && i > s.First && t[i - 1].IsWord)
                {
                    comma = i;
                    continue;
                }

                if (!(w.IsWord || w.Kind == TokenKind.Number || IsJoiningHyphen(t, i, end) || IsAbbreviationStop(t, i))) break;
                if (w.IsWord && CueLexicon.IsCue(w.Text)) return null;
                if (IsWho(w) || w.Is("whose") || w.Is("whom") || (w.Is("that") && i + 1 < end && OpensRelativeVerb(t[i + 1]))) relative = i;
            }

            // Past a comma only "who" surely opens a relative clause about a person ("The only parts
            // that would keep going, said the operators, were ..." sets off an inverted attribution).
            if (comma >= 0 && (relative > comma || relative >= 0 && t[relative].Is("that"))) return null;

            // "who said" is the relative clause's own cue; the clause must hold more than its pronoun.
            // "hackers who U.S. officials say is tied", "a man whose lawyers say": the cue is the
            // relative clause's own, so the pronoun must start a verb phrase ("who have seen") and
            // "whose" a noun and then its verb ("whose laws have been invalidated").
            if (relative < 0 || end - relative < (t[relative].Is("whose") ? 4 : 3)) return null;
            if (!t[relative].Is("whose") && !OpensRelativeVerb(t[relative + 1]) && !(t[relative + 1].IsWord && !t[relative + 1].IsCapitalized && !WordLists.StopWords.Contains(t[relative + 1].Text))) return null;
            for (int i = relative + 1; i < end; i++)
            {
                // "a caveat that negated what he had just said": a clause of its own before the cue.
                if (t[i].IsWord && ClauseWords.Contains(t[i].Text)) return null;
            }

            Mention? head = PlainSubjectBefore(text, t, s, cue, relative);
            if (head is null || head.End != relative) return null;
            for (int i = head.First + 1; i < head.End; i++)
            {
                // "Rubio seemed to offer a caveat that ...": a verb in the phrase makes it a clause.
                Token w = t[i];
                if (w.IsWord && !w.IsCapitalized && (w.Is("to") || w.Text.EndsWith("ed", System.StringComparison.Ordinal) && !WordLists.Determiners.Contains(t[i - 1].Text))) return null;
            }

            return Unnamed(text, t, head.First, end);
        }

        /// <summary>A word right after "that" that makes it a subject relative: an auxiliary ("that have endorsed") or a past form ("that endorsed").</summary>
        private static bool OpensRelativeVerb(Token w) =>
            w.IsWord && !w.IsCapitalized && (Auxiliaries.Contains(w.Text) || w.Text.EndsWith("ed", System.StringComparison.Ordinal));

        /// <summary>Words that open a clause of their own inside a relative clause: a question word or a subject pronoun.</summary>
        private static readonly WordSet ClauseWords = new WordSet("what", "which", "whether", "if", "than", "i", "we", "you", "he", "she", "they", "it", "there");
    }
}
