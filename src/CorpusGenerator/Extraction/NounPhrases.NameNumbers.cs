using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Radio 1 said the show would not try to replace Peel", "Number 10 said an error was made",
    /// "Environmental group Transport 2000 said": a number that ends a name is part of it, as a
    /// union local's is ("UFCW Local 832", <see cref="IsLocalNumber"/>). Names were otherwise
    /// words only, so the walk back from the cue stopped at the number and the quote went to no
    /// one. Such a name is nobody's by its form and is not registered ahead, like a lone word
    /// (SpeakerResolver.Register): "Halo 2" and "Chapter 11", known in advance, became what "the
    /// company" and "they" stood for. So "Andre 3000 thanked fans. “Q,” he said" still finds no
    /// one unless Andre 3000 has spoken.
    /// </summary>
    internal static partial class NounPhrases
    {
        /// <summary>
        /// Whether the number at <paramref name="i"/> ends a name: a local's number, or one to four
        /// digits a space after a name word that is no date's or count's ("March 2004", "Monday 10",
        /// "Around 23"), with no capitalised word, number, score or unit after it ("Arsenal 2-1",
        /// "Radio 5 Live", "the Radio 1 Thursday night show", "23 million"). Constant work.
        /// </summary>
        public static bool IsNameNumber(List<Token> t, int i)
        {
            if (IsLocalNumber(t, i)) return true;
            if (i < 1 || t[i].Kind != TokenKind.Number || t[i].Text.Length > 4 || t[i - 1].End + 1 != t[i].Start) return false;
            foreach (char c in t[i].Text)
            {
                if (c < '0' || c > '9') return false;
            }

            Token before = t[i - 1];
            if (!before.IsCapitalized || before.IsPossessive || !IsNameish(before) || SpeakerResolver.CalendarWords.Contains(before.Text) || QuantityWords.Contains(before.Text)) return false;
            if (i + 1 >= t.Count) return true;
            Token next = t[i + 1];
            return !(next.Kind == TokenKind.Number || IsNameish(next) || next.IsCapitalized || (next.IsWord && (QuantityWords.Contains(next.Text) || CountedUnits.Contains(next.Text))) ||
                     (next.Kind == TokenKind.Punct && next.Start == t[i].End && !next.IsPunct(',') && !next.IsPunct('.')));
        }

        /// <summary>What a number before them counts ("Around 23 million Britons", "Over 40 years"): no name's number.</summary>
        private static readonly WordSet CountedUnits = new WordSet(
            "million", "billion", "trillion", "thousand", "cent", "people", "years", "months", "weeks", "days", "hours", "minutes",
            "seconds", "points", "times", "pounds", "dollars", "euros", "miles", "metres", "kilometres", "goals", "runs", "wickets");

        /// <summary>Whether the last of a name's <paramref name="words"/> is its number ("Radio 1"): the name is no person's by its form.</summary>
        public static bool EndsWithNumber(string[] words) => words.Length > 1 && words[words.Length - 1].Length > 0 && char.IsDigit(words[words.Length - 1][0]);
    }
}
