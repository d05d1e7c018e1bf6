using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "US rap star 50 Cent has said he has thrown protege The Game out", "When 50 Cent appeared
    /// on the same station two days later, he said ...": a stage name that opens with a number.
    /// Names were words only, so the walk back from a cue stopped at the number and the typed
    /// speaker was <c>Cent</c> (two BBC articles, every mention of the rapper). A number before
    /// a capitalised word is far more often a count ("22 Clinton emails", "30 Egyptian citizens",
    /// "in 10 Democratic primaries") or a date ("on 13 March"), so the join is narrow: one
    /// capitalised singular word that ends the run, which is no month, nationality, party or
    /// organisation word, after one to three digits that no preposition, determiner, count word
    /// or capitalised name ("Radio 4 Today", "Fathers 4 Justice") stands before, and no plural
    /// noun the number counts comes after ("22 Clinton emails", "12 FDIC workstations": a first
    /// version without this made "Clinton" and "the FDIC" in two PolNeAR articles the entities
    /// "22 Clinton" and "The 12 FDIC"). A share's words ("per cent") are lower case, so a
    /// capitalised word after its number no longer reads as a bare share (BareShares), which had
    /// left "50 Cent said" with no typed speaker once the name was whole.
    /// </summary>
    internal static partial class NounPhrases
    {
        /// <summary>
        /// Whether the number at <paramref name="i"/> opens the one-word name after it ("50 Cent"),
        /// by the shape above. Constant work.
        /// </summary>
        public static bool IsLeadingNameNumber(List<Token> t, int i, int sentenceFirst)
        {
            if (i < sentenceFirst || i + 1 >= t.Count || t[i].Kind != TokenKind.Number || t[i].Text.Length > 3) return false;
            foreach (char c in t[i].Text)
            {
                if (c < '0' || c > '9') return false;
            }

            Token word = t[i + 1];
            if (word.Start != t[i].End + 1 || !word.IsWord || !word.IsCapitalized || word.Text.Length < 3) return false;
            string w = word.Bare;
            if (w[w.Length - 1] == 's' || SpeakerResolver.CalendarWords.Contains(w) || RoleLexicon.IsNationality(w) || IsDemonym(word) || RoleLexicon.IsOrganisationWord(w) ||
                RoleLexicon.IsTitle(w) || QuantityWords.Contains(w) || NoSurnames.Contains(w)) return false; // not the counted units: "per cent" is one, "50 Cent" a name
            if (!word.IsPossessive && i + 2 < t.Count && (IsNameish(t[i + 2]) || t[i + 2].Kind == TokenKind.Number)) return false; // the run goes on: "10 Downing Street"
            if (!word.IsPossessive && i + 2 < t.Count && IsCountedNoun(t[i + 2])) return false; // "classified 22 Clinton emails", "12 FDIC workstations"
            if (i == sentenceFirst) return true;
            Token before = t[i - 1];
            if (before.Kind == TokenKind.Number) return false;
            if (!before.IsWord) return !before.IsPunct('-') && !before.IsPunct('/') && !before.IsPunct('£') && !before.IsPunct('$');
            if (WordLists.Prepositions.Contains(before.Text) || WordLists.Determiners.Contains(before.Text) || QuantityWords.Contains(before.Text) || before.Is("than")) return false;
            return !before.IsCapitalized || RoleLexicon.IsTitle(before.Text) || RoleLexicon.IsSourceNoun(before.Text) || WordLists.StopWords.Contains(before.Text); // "Rapper 50 Cent", "When 50 Cent appeared"
        }

        /// <summary>
        /// "emails" in "22 Clinton emails": a lower-case plural after the word, which the number
        /// counts, with the capitalised word its modifier. A verb in -s after a name ("says",
        /// "has", "claims") is a cue or auxiliary, and stays a name's.
        /// </summary>
        private static bool IsCountedNoun(Token next) =>
            next.IsWord && !next.IsCapitalized && next.Text.Length > 3 && next.Text[next.Text.Length - 1] == 's' && !next.Text.EndsWith("ss", System.StringComparison.Ordinal) &&
            !CueLexicon.IsCue(next.Text) && !WordLists.VerbModifiers.Contains(next.Text) && !WordLists.StopWords.Contains(next.Text);
    }
}
