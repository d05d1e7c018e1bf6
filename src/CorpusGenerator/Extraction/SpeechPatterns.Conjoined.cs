using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Name and Name said" is one group of speakers only when the pair is the subject: not when
    /// the first name is a preposition's object ("training in Holland and Ferguson said", "Lawyers
    /// for Mr Fawcett and Mr McDonald denied"), nor when a singular verb shows the "and" joins two
    /// clauses ("meet at Twickenham and Kirwan says").
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>
        /// Whether the verb right after the phrase ending at <paramref name="last"/> is singular
        /// ("says", "has", "is", "was"): a pair joined by "and" takes a plural verb, so a singular
        /// one agrees with the second name alone, and the first ends the clause before. Only
        /// where the first name does not open a clause itself ("owns Yugansk and Russia has
        /// said"): a pair opening its clause is one name that takes a singular verb ("Ironhorse
        /// Oil and Gas has denied", "Procter and Gamble says").
        /// </summary>
        private static bool ConjoinsClauses(List<Token> t, Sentence s, int last)
        {
            if (last + 1 >= s.End || !t[last + 1].IsWord || t[last + 1].IsCapitalized) return false;
            string w = t[last + 1].Text;
            if (w == "is" || w == "was" || w == "has" || w == "does") return true;
            return w.Length > 3 && w.EndsWith("s", System.StringComparison.Ordinal) && !w.EndsWith("ss", System.StringComparison.Ordinal) && CueLexicon.IsCue(w);
        }

        /// <summary>
        /// The preposition that governs the phrase starting at <paramref name="first"/>, past a
        /// determiner or a possessive name ("in Holland", "for the", "of Washington's"), or null.
        /// </summary>
        private static int? GoverningPreposition(List<Token> t, Sentence s, int first)
        {
            int p = first - 1;
            if (p > s.First && t[p].IsWord && (WordLists.Determiners.Contains(t[p].Text) || (t[p].IsPossessive && t[p].IsCapitalized))) p--;
            return p >= s.First && t[p].IsWord && !t[p].IsCapitalized && WordLists.Prepositions.Contains(t[p].Text) ? p : (int?)null;
        }

        /// <summary>
        /// "the Centers for Disease Control and Prevention", "the Organization for Economic
        /// Cooperation and Development says": after a capitalised head that is no title (and,
        /// opening the sentence, is an organisation word, unlike "Lawyers"), "of" or "for" (past a determiner) opens the rest of a name, which may hold "and"
        /// itself and takes a singular verb; such a pair is left as it was.
        /// </summary>
        private static bool InsideNameAfterPreposition(List<Token> t, Sentence s, int first)
        {
            int p = first - 1;
            if (p > s.First && t[p].IsWord && WordLists.Determiners.Contains(t[p].Text)) p--;
            return p - 1 >= s.First && (t[p].Is("of") || t[p].Is("for")) && t[p - 1].IsWord && t[p - 1].IsCapitalized &&
                   !RoleLexicon.IsTitle(t[p - 1].Text) && (p - 1 > s.First || RoleLexicon.IsOrganisationWord(t[p - 1].Text));
        }

        /// <summary>
        /// The phrase a prepositional phrase holding a pair of names modifies: "Lawyers for Mr
        /// Fawcett and Mr McDonald", "the MP for Sleaford and North Hykeham", with the whole
        /// postmodifier when it is a group; null when no phrase before the preposition can speak
        /// ("training in Holland and Ferguson said"), so the second name alone is the subject; but
        /// after "of", which ties the pair to a noun ("the cities of Blackpool and Liverpool
        /// said"), the pair stays the speaker when no phrase is found.
        /// The walk is one bounded phrase walk, so it stays linear and never recurses.
        /// </summary>
        private static Mention? GovernorOfPair(string text, List<Token> t, Sentence s, int preposition, int last)
        {
            if (preposition - 1 < s.First) return null;
            // The phrase right before the preposition, not a further subject walk: that walk can
            // come back here, and a long chain of pairs must not recurse without bound.
            Mention? governor = NounPhrases.EndingAt(text, t, preposition - 1, s.First);
            if (governor is null || governor.Kind == MentionKind.Pronoun) return null;
            return governor.Kind == MentionKind.Group ? Extended(text, t, governor, last) : governor;
        }
    }
}
