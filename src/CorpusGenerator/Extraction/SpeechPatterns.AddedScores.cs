using System;
using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "O'Gara added the conversion and a further penalty, after Horgan almost grabbed a try",
    /// "Flintoff added 45 runs", "Henry added a second goal": "add" with a score as its object
    /// scores, it reports nothing. <see cref="TakesObjectNotClause"/> only catches an object with
    /// no clause anywhere after it; here a clause may follow ("after Horgan grabbed ..."), so
    /// the object itself must open with a short noun phrase whose head is a score word.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>What is scored in rugby, football, cricket, basketball, golf and tennis.</summary>
        private static readonly WordSet ScoreNouns = new WordSet(
            "conversion", "conversions", "penalty", "penalties", "try", "tries", "goal", "goals", "point", "points",
            "run", "runs", "wicket", "wickets", "drop-goal", "touchdown", "touchdowns", "basket", "baskets",
            "birdie", "birdies", "eagle", "eagles", "ace", "aces", "header", "equaliser", "equalizer", "brace", "hat-trick");

        /// <summary>Words that may stand between "added" and the score word: "the", "a further", "two late".</summary>
        private const int ScoreObjectWords = 4;

        /// <summary>Whether the "add" at the cue takes a score ("added the conversion") as its object.</summary>
        private static bool AddedAScore(List<Token> t, Attribution a)
        {
            if (a.ContentFirst != a.CueEnd || !t[a.Cue].Text.StartsWith("add", StringComparison.OrdinalIgnoreCase)) return false;
            for (int i = a.ContentFirst; i < a.ContentEnd && i - a.ContentFirst <= ScoreObjectWords; i++)
            {
                Token w = t[i];
                if (w.Kind == TokenKind.Number) continue;
                // A clause shows itself before the score word: "added that", "added he", "added it was".
                if (!w.IsWord || w.Is("that") || SubjectPronouns.Contains(w.Text) || Auxiliaries.Contains(w.Text)) return false;
                if (!ScoreNouns.Contains(w.Text)) continue;
                // "added points were dropped": the score word is a clause's subject when a verb follows it.
                if (i + 1 >= a.ContentEnd) return true;
                Token next = t[i + 1];
                if (next.Is("to")) return false; // "added people try to ...": a verb, not a score
                return !next.IsWord || AfterPluralNoun.Contains(next.Text) || ScoreFollowers.Contains(next.Text);
            }

            return false;
        }

        /// <summary>Words after a score that keep it an object: "a try late on", "a penalty before half-time".</summary>
        private static readonly WordSet ScoreFollowers = new WordSet("before", "as", "when", "late", "just", "inside", "within", "off", "into", "under", "early", "apiece", "each");
    }
}
