using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// Openers the main clause's subject may follow: "Speaking at a town hall in Salem, Trump went
    /// after Bush, calling him ..." (a participle phrase, closed by a comma like a prepositional
    /// one) and "Then he cut into Bush, calling him ..." (one adverb, with no comma after it).
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Adverbs that may open a sentence before its subject with no comma: "Then he cut into Bush".</summary>
        private static readonly WordSet OpeningAdverbs = new WordSet(
            "then", "now", "later", "earlier", "again", "also", "afterward", "afterwards", "still", "instead", "finally", "recently");

        /// <summary>
        /// Whether the sentence opens with a participle phrase: "Speaking at a town hall in Salem,
        /// ...". A lower-case word other than a verb must follow it ("Boreing said" is a name).
        /// </summary>
        private static bool OpensWithParticiple(List<Token> t, int first)
        {
            if (!t[first].IsWord || !CueLexicon.IsParticiple(t[first].Text) || CueLexicon.IsCue(t[first].Text) || first + 1 >= t.Count) return false;
            Token next = t[first + 1];
            return next.IsWord && !next.IsCapitalized && !CueLexicon.IsCue(next.Text) && !WordLists.VerbModifiers.Contains(next.Text);
        }

        /// <summary>
        /// Conjunctions and prepositions that open a subordinate clause or phrase before the main
        /// clause, closed by a comma: "While celebrating sweeping victories Tuesday night, Trump
        /// mocked the qualifications of the front-runner, saying ...", "Amid the uproar, Walsh
        /// offered a justification, saying ...". The subject of the participle's clause is the main
        /// clause's, after that comma, not a phrase inside the opener.
        /// </summary>
        private static readonly WordSet SubordinateOpeners = new WordSet(
            "while", "as", "although", "though", "because", "since", "if", "unless", "whereas", "until", "amid", "amidst", "despite");

        private static bool OpensWithSubordinator(List<Token> t, int first) => t[first].IsWord && SubordinateOpeners.Contains(t[first].Text);

        /// <summary>"Then he cut into Bush": the subject right after one opening adverb with no comma, when a verb follows it.</summary>
        private static Mention? SubjectAfterOneAdverb(string text, List<Token> t, int first, int limit) =>
            first + 1 < limit && t[first].IsWord && OpeningAdverbs.Contains(t[first].Text) && !t[first + 1].IsPunct(',') ? SubjectOfVerb(text, t, first + 1, limit) : null;
    }
}
