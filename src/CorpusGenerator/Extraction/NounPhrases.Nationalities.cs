using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>"Dutch firm Heineken", "according to Belgian authorities": a nationality before a common noun modifies it.</summary>
    internal static partial class NounPhrases
    {
        /// <summary>Nouns for a person from a country or a place, which the nationality adjectives do not cover.</summary>
        private static readonly WordSet Demonyms = new WordSet(
            "briton", "britons", "swede", "swedes", "spaniard", "spaniards", "dane", "danes", "finn", "finns", "scot", "scots",
            "pole", "poles", "turk", "turks", "frenchman", "irishman", "welshman", "scotsman", "englishman", "dutchman",
            "texan", "texans", "californian", "californians", "kiwi", "kiwis", "aussie", "aussies");

        /// <summary>
        /// Whether <paramref name="token"/> names someone by where they are from ("Briton", "Swede",
        /// "Spaniard", or a plural nationality, "Americans"): before a full name it describes the
        /// person, as "Australian" does in "Australian Lynton Crosby", and was glued into the name
        /// (Speakers.BritonTimHenman, AmericansAndyRoddick).
        /// </summary>
        private static bool IsDemonym(Token token)
        {
            if (!token.IsWord || !token.IsCapitalized || token.IsPossessive) return false;
            string w = WordSet.LowerUnlessAscii(token.Text);
            return Demonyms.Contains(w) || (w.Length > 4 && (w[w.Length - 1] == 's' || w[w.Length - 1] == 'S') && RoleLexicon.IsNationality(w, 0, w.Length - 1));
        }

        /// <summary>
        /// Whether the capitalised word at <paramref name="last"/>, which ends a subject, is where
        /// someone is from after an age: "The 55-year-old Frenchman told Arsenal's website", "the
        /// 24-year-old Swiss added". A person described by age, as "the 20-year-old" is, whom
        /// SpeakerResolver.DescribedByAge finds (the person the passage is about), not one named
        /// "Frenchman": read as a name it made the typed speakers "Frenchman" and "Swiss" in BBC.
        /// Without the age the word may name a body ("American, the world's biggest airline,
        /// said"), and "the Scot", "the American" stay as they were: read as descriptions by kind
        /// they went to whatever the sentence before named ("All England Club", "AC Milan").
        /// </summary>
        private static bool IsDescribedOrigin(string text, List<Token> t, int last, int sentenceFirst)
        {
            Token word = t[last];
            if (!word.IsWord || !word.IsCapitalized || word.IsPossessive || last - 1 < sentenceFirst) return false;
            if (!IsDemonym(word) && !RoleLexicon.IsNationality(WordSet.LowerUnlessAscii(word.Text))) return false;
            return IsAgeEnd(text, t, last - 1, sentenceFirst);
        }

        /// <summary>
        /// Whether the lone nationality adjective at <paramref name="i"/> is one of a list of
        /// modifiers ("and", "or" or a comma after it, then another word): "But Indonesian, Indian
        /// and Hong Kong stock markets reached record highs on Wednesday, suggesting that ...",
        /// where the subject read after the comma was "Indian" and became a typed speaker. The
        /// adjectives share the noun at the list's end; a list of people is written with nouns
        /// ("Americans and Britons"), which are no adjectives and stay.
        /// </summary>
        private static bool IsCoordinatedNationality(List<Token> t, int i, int sentenceEnd)
        {
            Token word = t[i];
            if (!word.IsWord || !word.IsCapitalized || word.IsPossessive || !RoleLexicon.IsNationality(WordSet.LowerUnlessAscii(word.Text))) return false;
            if (i + 2 >= sentenceEnd || !t[i + 2].IsWord) return false;
            Token next = t[i + 1];
            if (next.Is("and") || next.Is("or")) return true;
            // "American, the world's biggest airline, said": an appositive after the comma names
            // the airline; only another capitalised modifier goes on a list.
            return next.IsPunct(',') && t[i + 2].IsCapitalized && !WordLists.StopWords.Contains(t[i + 2].Text) && !WordLists.Determiners.Contains(t[i + 2].Text);
        }

        /// <summary>Whether a role is only where someone is from: "Texan", "Briton", "Australian".</summary>
        internal static bool IsOriginRole(string? role)
        {
            if (role is null || role.IndexOf(' ') >= 0) return false;
            string w = role.ToLowerInvariant();
            return RoleLexicon.IsNationality(w) || Demonyms.Contains(w) || (w.Length > 4 && w.EndsWith("s", System.StringComparison.Ordinal) && RoleLexicon.IsNationality(w.Substring(0, w.Length - 1)));
        }

        /// <summary>
        /// "the British Phonographic Industry", "the Scottish National Party", "the German Federal
        /// Labour Agency": a nationality that opens a capitalised run right after "the" is the
        /// first word of an organisation's name, not a role before a person's ("Australian Lynton
        /// Crosby" has no article). Stripped, the speaker was "Phonographic Industry", "National
        /// Party". In BBC news every "the" + nationality + two or more capitalised words names a
        /// body or an event; an office after it ("the Indonesian Economics Minister") is read as a
        /// title before this is asked.
        /// </summary>
        private static bool IsNationalityInOrganisationName(List<Token> t, int first, int nameFirst) =>
            nameFirst == first && first > 0 && t[first - 1].Is("the") && RoleLexicon.IsNationality(t[first].Text);

        /// <summary>
        /// Whether a name's first word is a nationality ("European", "British"): kept at the head
        /// of an organisation's name, it is shared by bodies that have nothing else in common but
        /// their last word, so it does not make two names one as a first name does ("Ann Smith",
        /// "Ann B. Smith"): "The European Regions Airline Association" was taken for "the European
        /// Low-fare Airlines Association" named before it.
        /// </summary>
        internal static bool OpensOrganisationName(string word) => RoleLexicon.IsNationality(word);

        /// <summary>At most this many lower-case words between a nationality and the noun it modifies.</summary>
        private const int MaxNationalityModifiedWords = 4;

        /// <summary>
        /// Whether the capitalised word at <paramref name="i"/> is a nationality adjective with a
        /// lower-case word after it ("Finnish security firm", "Chinese state press reports"): an
        /// adjective, never the name of who speaks. Read as a one-word name it made speakers
        /// "Finnish", "Dutch", "Chinese" and "Belgian".
        /// </summary>
        private static bool IsNationalityModifier(List<Token> t, int i, int sentenceEnd) =>
            t[i].IsWord && t[i].IsCapitalized && !t[i].IsPossessive && RoleLexicon.IsNationality(WordSet.LowerUnlessAscii(t[i].Text)) &&
            i + 1 < sentenceEnd && t[i + 1].IsWord && !t[i + 1].IsCapitalized && !WordLists.StopWords.Contains(t[i + 1].Text) && !CueLexicon.IsCue(t[i + 1].Text);

        /// <summary>
        /// The speaker a nationality at <paramref name="first"/> introduces: the name after the role
        /// it modifies ("Dutch firm Heineken", "Finnish security firm F-Secure"), else the group
        /// that role names ("Belgian authorities"); null when the words name no role ("Chinese
        /// government figures").
        /// </summary>
        private static Mention? AfterNationality(string text, List<Token> t, int first, int sentenceEnd)
        {
            int i = first + 1;
            while (i < sentenceEnd && i - first <= MaxNationalityModifiedWords && t[i].IsWord && !t[i].IsCapitalized && !t[i].IsPossessive &&
                   !WordLists.StopWords.Contains(t[i].Text) && !CueLexicon.IsCue(t[i].Text))
            {
                i++;
            }

            int head = i - 1;
            if (head <= first || !IsRoleHead(t[head].Text)) return null;
            return NameAfterRole(text, t, head, sentenceEnd) ?? (RoleLexicon.IsSourceNoun(t[head].Text) ? Description(text, t, head, first) : null);
        }
    }
}
