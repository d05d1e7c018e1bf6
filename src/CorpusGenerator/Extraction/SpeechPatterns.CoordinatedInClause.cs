using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "When Trump later referred to the massacre and said he would ..., the crowd applauded",
    /// "Clinton, though she praised Garland and said Republicans should ..., stopped short",
    /// "Sanders, who endorsed Canova and said he would campaign with him, did not show up": a cue
    /// joined by "and" to an earlier verb inside a subordinate or relative clause shares that
    /// clause's subject, not the sentence's. The sentence's main subject was the only one tried,
    /// and it stands after the clause or outside it, so the report was lost.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Tokens at most walked back from the conjunction to the clause's opener.</summary>
        private const int ClauseReach = 25;

        /// <summary>The subject of the subordinate or relative clause that holds the conjunction at <paramref name="conjunction"/>, or null.</summary>
        private static Mention? CoordinatedClauseSubject(string text, List<Token> t, Sentence s, int conjunction)
        {
            for (int i = conjunction - 1; i >= s.First && conjunction - i <= ClauseReach; i--)
            {
                Token w = t[i];
                if (w.Kind == TokenKind.Quote || w.IsPunct(':') || w.IsPunct(';') || (w.IsWord && ((CueLexicon.IsCue(w.Text) && !CueLexicon.IsEvaluative(w.Text)) || w.Is("that") || w.Is("and") || w.Is("but")))) return null;
                if (!w.IsWord) continue;
                if (RelativePronoun(w) == RelativeKind.Who && i > s.First && t[i - 1].IsPunct(','))
                {
                    // "Sanders, who endorsed Canova and said": the relative clause's antecedent.
                    Mention? antecedent = i - 2 >= s.First ? SubjectEndingAt(text, t, s, i - 2) : null;
                    return antecedent is not null && antecedent.Kind == MentionKind.Name ? antecedent : null;
                }

                if (ClauseSubordinators.Contains(w.Text))
                {
                    Mention? subject = SubjectOfVerb(text, t, i + 1, conjunction);
                    if (subject is null || !(subject.Kind == MentionKind.Name || subject.Kind == MentionKind.Pronoun)) return null;

                    // "when she returned from talking with him she picked it up and crowed": a
                    // second subject before the conjunction opens the clause it joins.
                    Token verb = t[SkipPartyTag(t, subject.End, conjunction)];
                    if (WordLists.StopWords.Contains(verb.Text) && !WordLists.VerbModifiers.Contains(verb.Text)) return null;
                    for (int p = subject.End; p < conjunction; p++)
                    {
                        if (NounPhrases.IsPronoun(t[p]) && !t[p].Is("it")) return null;
                    }

                    return subject;
                }
            }

            return null;
        }

        /// <summary>Words that open a subordinate clause with a subject of its own ("after", "since", "before" are prepositions as often: "went after Hillary Clinton").</summary>
        private static readonly WordSet ClauseSubordinators = new WordSet(
            "when", "while", "though", "although", "because", "whereas");
    }
}
