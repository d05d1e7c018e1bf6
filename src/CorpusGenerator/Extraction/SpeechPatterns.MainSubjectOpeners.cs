using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// Openers the main clause's subject may follow: "Speaking at a town hall in Salem, Trump went
    /// after Bush, calling him ..." (a participle phrase, closed by a comma like a prepositional
    /// one), "While celebrating his victories, Trump mocked ..." (a subordinate clause), "Like Corker,
    /// Menendez rejected ..." (a preposition the word lists leave out) and "Then
    /// he cut into Bush, calling him ..." (one adverb, with no comma after it).
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

        /// <summary>Prepositions the word lists leave out that open a phrase before the subject: "Like Corker, Menendez ...", "Amid the protests, Walsh ...".</summary>
        private static readonly WordSet OpeningPrepositions = new WordSet("like", "unlike", "amid", "amidst", "despite", "following", "besides");

        /// <summary>
        /// Whether the sentence opens with a subordinate clause or one of <see cref="OpeningPrepositions"/>:
        /// "While celebrating sweeping victories Tuesday night, Trump mocked the front-runner, saying
        /// she would be a bad president", "Like Corker, Menendez rejected the bill, arguing
        /// that ...". Its comma closes it as a prepositional opener's does, and the main clause's
        /// subject follows ("when", "before" and "after" are already read as adverbial starters;
        /// "whether" opens no opener).
        /// </summary>
        private static bool OpensWithSubordinator(List<Token> t, int first) =>
            t[first].IsWord && (Subordinators.Contains(t[first].Text) && !t[first].Is("whether") || OpeningPrepositions.Contains(t[first].Text));

        /// <summary>"Then he cut into Bush": the subject right after one opening adverb with no comma, when a verb follows it.</summary>
        private static Mention? SubjectAfterOneAdverb(string text, List<Token> t, int first, int limit) =>
            first + 1 < limit && t[first].IsWord && OpeningAdverbs.Contains(t[first].Text) && !t[first + 1].IsPunct(',') ? SubjectOfVerb(text, t, first + 1, limit) : null;
    }
}
