using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Christie acknowledged some plagiarism even as he defended the campaign, saying, “Q”",
    /// "Wilkerson started the rant when he brought up the bombing and later said, “Q”": a
    /// participle or a coordinated cue right after a subordinate clause with a pronoun subject
    /// goes with that clause, and the pronoun is the speaker's mention nearest the quotation. The
    /// person stays the main clause's subject, whom the pronoun refers back to: the pronoun is
    /// given as the mention, the subject is what is resolved.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>
        /// Subordinators of a clause that goes on with the same subject ("when he brought up",
        /// "even as he defended", "though ... he used"). "after", "because" and the like often bring
        /// in someone else ("McConnell was quick to embrace the mogul after he clinched the
        /// nomination and said"): measured, they named the wrong person.
        /// </summary>
        private static readonly WordSet SubjectSubordinators = new WordSet("when", "as", "though", "although", "while");

        /// <summary>Singular personal pronouns: "they" after a clause pause is as often the things just named ("after they came out").</summary>
        private static readonly WordSet PersonalSubjects = new WordSet("he", "she");

        /// <summary>Tokens at most walked back from the cue to the subordinate clause's pronoun.</summary>
        private const int SubordinateSubjectReach = 16;

        /// <summary>Tokens at most between the subordinator and its pronoun ("though in a news conference last week he").</summary>
        private const int SubordinatorToSubject = 7;

        /// <summary>
        /// The pronoun subject of the subordinate clause that ends right before the cue at
        /// <paramref name="k"/> (its pause at <paramref name="pause"/>), after <paramref name="from"/>; else null.
        /// </summary>
        private static Mention? SubordinateSubjectBefore(string text, List<Token> t, Sentence s, int from, int pause, int k)
        {
            int lower = System.Math.Max(from, pause - SubordinateSubjectReach);
            for (int p = pause - 1; p > lower; p--)
            {
                Token tok = t[p];
                if (tok.Kind == TokenKind.Quote || tok.IsPunct(';') || tok.IsPunct(':') || (tok.IsWord && CueLexicon.IsCue(tok.Text) && p != k)) return null;
                if (!tok.IsWord || !PersonalSubjects.Contains(tok.Text) || tok.IsCapitalized) continue;

                // Its verb follows it, and a subordinator opens its clause a few words before.
                if (p + 1 >= pause || !t[p + 1].IsWord || t[p + 1].IsCapitalized || WordLists.StopWords.Contains(t[p + 1].Text)) return null;
                for (int q = p - 1; q > lower && p - q <= SubordinatorToSubject; q--)
                {
                    if (t[q].Kind != TokenKind.Word) break;
                    if (SubjectSubordinators.Contains(t[q].Text)) return NounPhrases.StartingAt(text, t, p, pause) is Mention m && m.Kind == MentionKind.Pronoun ? m : null;
                }

                return null;
            }

            return null;
        }
    }
}
