using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Prosecutors charged the officer and Emanuel fired his police chief, acknowledging that C",
    /// "Trump pivoted to trade, but Wallace brought him back to Romney's attacks, asking ...": a
    /// participle after a clause pause goes with the clause it follows. When the sentence joins a
    /// second clause with a subject of its own to the first, that clause's subject speaks, not the
    /// sentence's first subject.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Words that join a second clause to the first.</summary>
        private static readonly WordSet ClauseJoiners = new WordSet("and", "but", "yet", "whereas");

        /// <summary>Tokens at most walked back from the participle to the joining word.</summary>
        private const int CoordinatedClauseReach = 40;

        /// <summary>
        /// The subject of the last clause joined to the main one before the participle at
        /// <paramref name="k"/>, when there is one after the main clause's verb; else null.
        /// </summary>
        private static Mention? JoinedClauseSubject(string text, List<Token> t, Sentence s, Mention main, int k)
        {
            for (int c = k - 2; c > main.End && k - c <= CoordinatedClauseReach; c--)
            {
                Token tok = t[c];
                if (tok.Kind == TokenKind.Quote || tok.IsPunct(';') || tok.IsPunct(':')) return null;
                if (!tok.IsWord || !ClauseJoiners.Contains(tok.Text)) continue;

                // The first clause has its verb before the joining word: "Jason Chaffetz (R-Utah) and
                // Bob Goodlatte (R-Va.) sent" joins two names into one subject, not two clauses.
                if (!HasLowerCaseWord(t, main.End, c)) return null;

                // "and the American Civil Liberties Union of Ohio has already sued ...": a phrase, then
                // a finite verb. "the officer and the driver with murder" joins no clause.
                Mention? subject = NounPhrases.StartingAt(text, t, c + 1, k);
                if (subject is null || subject.Kind == MentionKind.Group || subject.Kind == MentionKind.Pronoun) return null;
                int verb = SkipPartyTag(t, subject.End, k);
                if (verb >= k || !LooksFinite(t[verb])) return null;
                return subject;
            }

            return null;
        }

        private static bool HasLowerCaseWord(List<Token> t, int first, int end)
        {
            for (int i = first; i < end; i++)
            {
                if (t[i].IsWord && !t[i].IsCapitalized) return true;
            }

            return false;
        }

        private static readonly WordSet FiniteWords = new WordSet(
            "has", "have", "had", "is", "was", "were", "are", "will", "would", "could", "can", "did", "does", "may", "might", "should",
            "must", "also", "then", "later", "quickly", "again", "once", "still", "brought", "took", "gave", "made", "told", "said", "went",
            "sent", "fought", "spoke", "wrote", "ran", "began", "won", "lost", "left", "kept", "held", "put", "set", "cut", "hit", "let");

        /// <summary>A finite verb, or an auxiliary or adverb before one: "fired", "has", "brought", "quickly".</summary>
        private static bool LooksFinite(Token w)
        {
            if (!w.IsWord || w.IsCapitalized) return false;
            if (FiniteWords.Contains(w.Text)) return true;
            if (WordLists.StopWords.Contains(w.Text)) return false;
            return w.Text.EndsWith("ed", System.StringComparison.Ordinal);
        }
    }
}
