using System;
using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "She claimed her fourth AAAs title", "claimed the top spot in Group A", "claiming the
    /// men's 800m", "claim the first set", "claimed a draw at Anfield": "claim" with a prize as
    /// its object means to win it, and nothing is reported. A claim with a clause ("claimed the
    /// court had backed it") or another noun phrase ("claimed victory", which PolNeAR's gold
    /// counts as an attribution; "claimed credit") stays.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>What is won: titles, places, results, a set in tennis.</summary>
        private static readonly WordSet Prizes = new WordSet(
            "title", "titles", "crown", "medal", "medals", "gold", "silver", "bronze", "trophy", "cup", "award", "awards", "spot", "place",
            "draw", "draws", "set", "sets", "break", "doubles", "singles", "pole", "championship", "championships", "prize", "honours");

        /// <summary>Words at most in the object before its prize word: "her fourth AAAs title".</summary>
        private const int PrizeObjectWords = 6;

        /// <summary>Whether the "claim" at the cue takes a prize as its object, with no clause after it.</summary>
        private static bool ClaimedAPrize(List<Token> t, Attribution a)
        {
            if (a.ContentFirst != a.CueEnd || !t[a.Cue].Text.StartsWith("claim", StringComparison.OrdinalIgnoreCase)) return false;
            for (int i = a.ContentFirst; i < a.ContentEnd && i - a.ContentFirst < PrizeObjectWords; i++)
            {
                if (!t[i].IsWord && t[i].Kind != TokenKind.Number) return false;
                if (Prizes.Contains(t[i].Text) || IsDistance(t[i])) return NounPhraseOnly(t, a.ContentFirst, a.ContentEnd);
            }

            return false;
        }

        /// <summary>What a side gives away in a match: "conceded a penalty", "conceded two goals", "conceded a try".</summary>
        private static readonly WordSet ConcededInPlay = new WordSet(
            "penalty", "penalties", "goal", "goals", "try", "tries", "free-kick", "free-kicks", "corner", "corners", "foul", "fouls",
            "wicket", "wickets", "runs", "own-goal", "equaliser", "equalizer", "touchdown", "touchdowns", "sets", "lead");

        /// <summary>
        /// "When Ireland conceded a penalty close to their own line, Scotland kicked it to touch",
        /// "Chelsea have conceded only nine goals": a match report's "concede" with a thing of play
        /// as its object means to give it away, and nothing is reported. The object runs to the
        /// first comma (the clause after it is the next event, not part of any report); a "that"
        /// or a clause in it ("conceded the penalty was soft") keeps the report.
        /// </summary>
        private static bool ConcededInMatch(List<Token> t, Attribution a)
        {
            if (a.ContentFirst != a.CueEnd || !t[a.Cue].Text.StartsWith("conced", StringComparison.OrdinalIgnoreCase)) return false;
            for (int i = a.ContentFirst; i < a.ContentEnd && i - a.ContentFirst < PrizeObjectWords; i++)
            {
                if ((!t[i].IsWord && t[i].Kind != TokenKind.Number) || t[i].Is("that")) return false;
                if (!ConcededInPlay.Contains(t[i].Text)) continue;
                int end = i + 1;
                while (end < a.ContentEnd && !t[end].IsPunct(',')) end++;
                return NounPhraseOnly(t, a.ContentFirst, end);
            }

            return false;
        }

        /// <summary>"800m", "200m", "5,000m": a race named by its distance.</summary>
        private static bool IsDistance(Token w)
        {
            string s = w.Text;
            if (s.Length < 2 || !s.EndsWith("m", StringComparison.Ordinal) || !char.IsDigit(s[0])) return false;
            for (int i = 0; i < s.Length - 1; i++)
            {
                if (!char.IsDigit(s[i]) && s[i] != ',') return false;
            }

            return true;
        }
    }
}
