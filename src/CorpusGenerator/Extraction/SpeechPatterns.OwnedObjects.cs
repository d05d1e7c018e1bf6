using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "David Graham from the FDA's Office of Drug Safety told the panel": the climb from the
    /// phrase nearest the cue over prepositional phrases to their head stopped at the owner's
    /// possessive, so the organisation object was the speaker (typed member
    /// <c>OfficeOfDrugSafety</c>) and the person before "from" was lost.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>
        /// Steps back over a capitalised possessive owner ("FDA's", "Panasonic's") at
        /// <paramref name="before"/> when a preposition, perhaps with its determiner, precedes it
        /// ("from the FDA's"): the caller then climbs from that preposition as from any other.
        /// Only when what the owner owns (<paramref name="owned"/>) is an organisation by its words
        /// ("Office", "Centre"): a person's name after it is the owner's person ("War on Want's
        /// John Hilary said", "Friends of the Earth's Tony Juniper said"), and the climb past the
        /// owner gave the quote to "War". Else <paramref name="before"/> itself.
        /// </summary>
        private static int PastOwnerBefore(List<Token> t, Sentence s, Mention owned, int before)
        {
            if (before < s.First || !t[before].IsWord || !t[before].IsPossessive || !t[before].IsCapitalized || !NamesOrganisation(t, owned)) return before;
            int k = before - 1;
            if (k >= s.First && t[k].IsWord && WordLists.Determiners.Contains(t[k].Text)) k--;
            return k >= s.First && t[k].IsWord && WordLists.Prepositions.Contains(t[k].Text) ? before - 1 : before;
        }

        private static bool NamesOrganisation(List<Token> t, Mention m)
        {
            for (int i = m.First; i < m.End && i < t.Count; i++)
            {
                if (t[i].IsWord && t[i].IsCapitalized && RoleLexicon.IsOrganisationWord(t[i].Text)) return true;
            }

            return false;
        }
    }
}
