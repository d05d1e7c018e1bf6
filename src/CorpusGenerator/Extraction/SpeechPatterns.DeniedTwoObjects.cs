using System;
using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Eminem has denied Elvis his fourth number one of the year", "a last-ditch tackle denied his
    /// side a famous victory", "the law would deny mafia gangs the profits of their crimes",
    /// "denying him a first-ballot victory": "deny" with two objects, someone and what they do
    /// not get, means to keep it from them, and nothing is reported. So does "deny" with a player
    /// alone, in a match report: "Paulo Ferreira denied Gerrard with a last-ditch tackle", "James
    /// denied Damien Duff, Jiri Jarosik and Mateja Kezman, while Paul Bosvelt cleared ...". A
    /// denial reports a clause ("denied the pair were involved"), a charge ("denied the
    /// allegations") or an act ("denied having any role"): one object, never a person.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        private static readonly WordSet DenyForms = new WordSet("deny", "denies", "denied", "denying");

        /// <summary>Object pronouns that can be the first of two objects: "denied him a place".</summary>
        private static readonly WordSet FirstObjectPronouns = new WordSet("him", "her", "them", "us", "me", "you");

        /// <summary>Words that open the second object, the thing kept back: "the", "a", "his", "any".</summary>
        private static readonly WordSet SecondObjectOpeners = new WordSet(
            "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "any");

        /// <summary>Words that stop a bare first object: quantifiers and adverbs, not nouns ("denied all the charges", "denied ever having the").</summary>
        private static readonly WordSet NotBareObjects = new WordSet("all", "both", "half", "ever", "never", "not", "outright", "again", "strongly", "flatly", "firmly");

        /// <summary>Possessives that open a first object of two words: "his side", "their rivals".</summary>
        private static readonly WordSet FirstObjectPossessives = new WordSet("his", "her", "its", "their", "our", "my", "your");

        /// <summary>Words at most in the first object: "Elvis", "his side", "mafia gangs", "Mr Brown".</summary>
        private const int FirstObjectWords = 3;

        /// <summary>Whether the "deny" at the cue has a person and then a thing as its objects, with no clause after them.</summary>
        private static bool DeniedTwoObjects(List<Token> t, Attribution a)
        {
            if (a.ContentFirst != a.CueEnd || !DenyForms.Contains(t[a.Cue].Text)) return false;
            if (PlayerOnly(t, a.ContentFirst, a.ContentEnd)) return true;
            int second = FirstObjectEnd(t, a.ContentFirst, a.ContentEnd);
            if (second < 0) return false;
            if (PersonsOnly(t, a.ContentFirst, second, a.ContentEnd)) return true;
            if (second >= a.ContentEnd || !SecondObjectOpeners.Contains(t[second].Text)) return false;
            int end = second + 1;
            while (end < a.ContentEnd && !t[end].IsPunct(',')) end++;
            return NounPhraseOnly(t, second + 1, end); // past the opener: "his" is no verb in -s
        }

        /// <summary>Words after the players denied that end the object: "denied Gerrard with a tackle", "..., while Bosvelt cleared".</summary>
        private static readonly WordSet AfterPlayersDenied = new WordSet("with", "while", "as", "but", "before", "after");

        /// <summary>
        /// Whether the object of "deny" is people alone, with nothing kept from them: a pronoun or
        /// names ("Gerrard", "Damien Duff, Jiri Jarosik and Mateja Kezman"), then the content's end
        /// or a phrase of how or when ("with a last-ditch tackle", ", while ..."). A name followed
        /// by anything else ("denied Mr Yeo, his transport spokesman, said ...") is left alone.
        /// </summary>
        private static bool PersonsOnly(List<Token> t, int first, int afterFirst, int end)
        {
            if (!t[first].IsCapitalized && !FirstObjectPronouns.Contains(t[first].Text)) return false;
            if (t[first].IsCapitalized && FirstObjectPronouns.Contains(t[first].Text)) return false;
            int p = afterFirst;
            while (p < end && (t[p].IsPunct(',') || t[p].Is("and") || (t[p].IsCapitalized && !t[p].IsPossessive && !IsTimeWord(t[p])))) p++;
            if (p == end) return !t[p - 1].IsPunct(',') && !t[p - 1].Is("and");
            return EndsPlayersDenied(t, p, end);
        }

        /// <summary>Whether the words from <paramref name="p"/> close an object of players denied: "with a tackle", ", while ...", "again 10 minutes later", "twice".</summary>
        private static bool EndsPlayersDenied(List<Token> t, int p, int end)
        {
            if (p == end) return true;
            if (DeniedAgain.Contains(t[p].Text)) return p + 1 == end || !t[p + 1].IsWord || !Auxiliaries.Contains(t[p + 1].Text);
            return AfterPlayersDenied.Contains(t[p].Text) && (t[p].Is("with") || t[p - 1].IsPunct(','));
        }

        /// <summary>Adverbs of a save made again: "denied the same player again", "denied him twice".</summary>
        private static readonly WordSet DeniedAgain = new WordSet("again", "twice");

        /// <summary>
        /// Nouns for a player by position or side, a closed class of match reports: "Martyn denied
        /// the England striker", "The keeper denied the same player again 10 minutes later". A
        /// denial's object is a charge or a claim, never a player.
        /// </summary>
        private static readonly WordSet PlayerNouns = new WordSet(
            "player", "striker", "forward", "midfielder", "winger", "defender", "keeper", "goalkeeper", "attacker",
            "substitute", "captain", "opponent", "frontman", "playmaker", "centre-forward", "full-back", "fly-half", "scrum-half");

        /// <summary>Words between "the" and the player noun: "the same player", "the England striker", "the Arsenal midfielder".</summary>
        private const int PlayerModifierWords = 2;

        /// <summary>Whether the object of "deny" is one player by a noun of position ("the England striker"), then the end or a save's "again", "with", ", while".</summary>
        private static bool PlayerOnly(List<Token> t, int first, int end)
        {
            if (!t[first].Is("the") && !FirstObjectPossessives.Contains(t[first].Text)) return false;
            for (int i = first + 1; i < end && i - first <= PlayerModifierWords + 1; i++)
            {
                if (!t[i].IsWord) return false;
                if (PlayerNouns.Contains(t[i].Text)) return EndsPlayersDenied(t, i + 1, end);
            }

            return false;
        }

        /// <summary>
        /// Where the first of two objects after "deny" ends: after an object pronoun ("him"), a name
        /// ("Elvis", "Mr Brown"), a possessive and its noun ("his side") or a bare noun ("people",
        /// "mafia gangs"); -1 when [<paramref name="first"/>, <paramref name="end"/>) opens with none.
        /// </summary>
        private static int FirstObjectEnd(List<Token> t, int first, int end)
        {
            Token w = t[first];
            if (!w.IsWord || w.IsPossessive) return -1;
            if (FirstObjectPronouns.Contains(w.Text) && !w.IsCapitalized) return first + 1;
            if (w.IsCapitalized)
            {
                // "denied Monday the allegations": a day is when, not whom.
                int i = first;
                while (i < end && i - first < FirstObjectWords && t[i].IsCapitalized && !t[i].IsPossessive && !IsTimeWord(t[i])) i++;
                return i > first ? i : -1;
            }

            if (FirstObjectPossessives.Contains(w.Text))
            {
                return first + 1 < end && IsBareNoun(t[first + 1]) ? first + 2 : -1;
            }

            int k = first;
            while (k < end && k - first < FirstObjectWords - 1 && IsBareNoun(t[k])) k++;
            return k > first ? k : -1;
        }

        /// <summary>A lower-case word that can be a noun: no function word (determiner, preposition, pronoun, auxiliary), adverb in -ly or form in -ing or -ed.</summary>
        private static bool IsBareNoun(Token w) =>
            w.IsWord && !w.IsCapitalized && !w.IsPossessive && !WordLists.StopWords.Contains(w.Text) && !WordLists.Determiners.Contains(w.Text) &&
            !NotBareObjects.Contains(w.Text) && !FirstObjectPronouns.Contains(w.Text) && !Auxiliaries.Contains(w.Text) &&
            !w.Text.EndsWith("ing", StringComparison.Ordinal) && !w.Text.EndsWith("ly", StringComparison.Ordinal) && !w.Text.EndsWith("ed", StringComparison.Ordinal);
    }
}
