using System;
using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"O'Gara added the conversion", "Brent crude added $1.89": scoring or gaining, not saying.</summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Pronouns that open a clause: with one, an "add" reports a clause.</summary>
        private static readonly WordSet SubjectPronouns = new WordSet("i", "he", "she", "it", "we", "they", "you");

        /// <summary>Words after a noun in -s that show it ends a noun phrase ("titles at", "points.").</summary>
        private static readonly WordSet AfterPluralNoun = new WordSet("at", "in", "of", "on", "for", "with", "to", "from", "after", "and", "while", "but");

        /// <summary>
        /// "add" also means to score or gain ("added a third after rounding the keeper", "Brent
        /// crude added $1.89", "added 18 points"): with no "that", what follows is then a noun
        /// phrase with no verb, where a report is a clause. A clause shows itself by an auxiliary,
        /// a subject pronoun, a past form in -ed or a verb in -s. ("claim" with a noun phrase,
        /// "claimed victory", stays: PolNeAR's gold counts it as an attribution.)
        /// </summary>
        private static bool TakesObjectNotClause(List<Token> t, Attribution a)
        {
            if (a.ContentFirst != a.CueEnd) return false;
            string cue = t[a.Cue].Text;
            if (!cue.StartsWith("add", StringComparison.OrdinalIgnoreCase)) return false;
            return NounPhraseOnly(t, a.ContentFirst, a.ContentEnd);
        }

        /// <summary>Whether [<paramref name="first"/>, <paramref name="end"/>) has no quotation and no sign of a clause.</summary>
        private static bool NounPhraseOnly(List<Token> t, int first, int end)
        {
            for (int i = first; i < end; i++)
            {
                Token w = t[i];
                if (w.Kind == TokenKind.Quote) return false;
                if (!w.IsWord || w.IsCapitalized || w.IsPossessive) continue;
                if (Auxiliaries.Contains(w.Text) || SubjectPronouns.Contains(w.Text) || w.Text.EndsWith("ed", StringComparison.Ordinal)) return false;
                if (w.Text.EndsWith("s", StringComparison.Ordinal) && !w.Text.EndsWith("ss", StringComparison.Ordinal) &&
                    !(i + 1 >= end || !t[i + 1].IsWord || AfterPluralNoun.Contains(t[i + 1].Text)))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
