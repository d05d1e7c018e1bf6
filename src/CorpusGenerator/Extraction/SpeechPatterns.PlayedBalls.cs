using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Henry teased a shot through a ruck of players and inches wide", "Drogba snapped in an
    /// angled shot to force a save": in a match report a verb of manner that can also cue speech
    /// ("tease", "snap", "drive", "fire") has a ball played as its object, and nothing is said.
    /// A report is a clause or a quotation, never a noun phrase headed by a shot or a cross.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>What a player sends on its way: shots, headers, crosses, passes.</summary>
        private static readonly WordSet BallsPlayed = new WordSet(
            "shot", "shots", "header", "headers", "volley", "volleys", "free-kick", "free-kicks", "cross", "crosses",
            "pass", "passes", "ball", "lob", "chip", "half-volley", "drop-goal", "drop-goals");

        /// <summary>Particles a ball is played with: "snapped in an angled shot", "curled home a free-kick".</summary>
        private static readonly WordSet BallParticles = new WordSet("in", "home", "over", "wide");

        /// <summary>Words at most before the ball in its noun phrase: "an angled shot", "a low left-foot shot".</summary>
        private const int BallObjectWords = 5;

        /// <summary>Whether the content right after the cue is a noun phrase headed by a ball played, with no clause and no quotation in it.</summary>
        private static bool PlayedABall(List<Token> t, Attribution a)
        {
            if (a.ContentFirst != a.CueEnd) return false;
            int first = a.ContentFirst;
            if (first < a.ContentEnd && BallParticles.Contains(t[first].Text)) first++;
            for (int i = first; i < a.ContentEnd && i - first < BallObjectWords; i++)
            {
                if (!t[i].IsWord || t[i].Is("that")) return false;
                if (BallsPlayed.Contains(t[i].Text)) return i > first && BallModifiersOnly(t, first, i);
            }

            return false;
        }

        /// <summary>
        /// Whether [<paramref name="first"/>, <paramref name="ball"/>) opens with a determiner and
        /// holds only modifiers of the ball: "a", "an angled", "a low left-foot". A participle in
        /// -ed counts only right after the determiner ("an angled shot"); anywhere else it is a
        /// verb ("the keeper wanted a shot").
        /// </summary>
        private static bool BallModifiersOnly(List<Token> t, int first, int ball)
        {
            if (!WordLists.Determiners.Contains(t[first].Text)) return false;
            for (int i = first + 1; i < ball; i++)
            {
                Token w = t[i];
                if (!w.IsWord || w.IsPossessive || Auxiliaries.Contains(w.Text) || SubjectPronouns.Contains(w.Text) || WordLists.StopWords.Contains(w.Text)) return false;
                if (w.Text.EndsWith("ed", System.StringComparison.Ordinal) && i != first + 1) return false;
            }

            return true;
        }
    }
}
