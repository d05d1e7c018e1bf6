using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>A listener named with "the" right after "told": "told the BBC", "told the Financial Times".</summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>
        /// "He told the BBC this will mean better offers", "It told the Financial Times it expected
        /// its exposure to be limited": after "told", "the" and a capitalised name is who listened, and
        /// a subject that follows in lower case (a pronoun or a determiner) opens what was told. A
        /// lower-case listener ("told the council the plan ...") stays ambiguous and is left alone.
        /// Returns where the content starts: after the name, or <paramref name="the"/> unchanged.
        /// The name may carry the kind of outlet it is ("told the Guardian newspaper there would be
        /// no super-casinos"), which was read as the start of what was told.
        /// </summary>
        private static int PastTheNamedListener(List<Token> t, int the, int limit)
        {
            int j = the + 1;
            if (OpensADayNamedPaper(t, j, limit)) j++;
            while (j < limit && j - the <= 4 && t[j].IsWord && t[j].IsCapitalized && NounPhrases.IsNameish(t[j]) && !(j > the + 1 && RoleLexicon.IsHonorific(t[j].Text))) j++;
            if (j > the + 1 && j < limit && t[j].IsWord && RoleLexicon.IsHonorific(t[j].Text)) return j; // "told the Sunday Times Mr Campbell would ..."
            if (j == the + 1 || j >= limit || !t[j].IsWord || t[j].IsCapitalized) return the;
            if (FiniteAuxiliaries.Contains(t[j].Text) && SubjectInsideListener(t, the, j) is int subject && subject > the) return subject;
            if (OutletKinds.Contains(t[j].Text) && j + 1 < limit && t[j + 1].IsWord) j++; // "told the Guardian newspaper there would be"
            return NounPhrases.IsPronoun(t[j]) || t[j].Is("we") || t[j].Is("there") || WordLists.Determiners.Contains(t[j].Text) ? j : the;
        }

        /// <summary>
        /// "Gerrard told the BBC Liverpool were unlikely to win": a capitalised run after "told the"
        /// that a finite verb (at <paramref name="verb"/>) follows holds both the listener and the
        /// subject of what was told, as no outlet's name is followed by a verb. The subject starts
        /// after an outlet's acronym that opens the run ("BBC", "ITV"); -1 when none does. (An
        /// honorific inside the run, "told the BBC Mr Howard had", ends the listener's walk
        /// before this is asked.)
        /// </summary>
        private static int SubjectInsideListener(List<Token> t, int the, int verb) =>
            verb - the >= 3 && NounPhrases.IsAcronymWord(t[the + 1].Text) ? the + 2 : -1;

        /// <summary>
        /// Whether the day at <paramref name="i"/> opens a paper's name, not a time: "told the Sunday
        /// Times", "the Sunday Telegraph", "the Sunday Mirror" (a day, then a capitalised word that is
        /// no day). "Sunday" was read as when it was told, and the listener was taken for what was told
        /// ("Atticus' David Slager told [the Sunday Times].", "told [the Sunday Times the party would ...]").
        /// </summary>
        private static bool OpensADayNamedPaper(List<Token> t, int i, int limit) =>
            i + 1 < limit && t[i].IsWord && t[i].IsCapitalized && WordLists.Weekdays.Contains(t[i].Text) &&
            t[i + 1].IsWord && t[i + 1].IsCapitalized && !WordLists.Weekdays.Contains(t[i + 1].Text) && !RoleLexicon.IsHonorific(t[i + 1].Text) && NounPhrases.IsNameish(t[i + 1]);
    }
}
