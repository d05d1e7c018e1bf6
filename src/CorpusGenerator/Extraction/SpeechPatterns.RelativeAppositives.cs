using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "Mr. Slinker, whose latest start-up, Paradata, uses big data to help brands find suppliers,
    /// said": an appositive inside a relative clause. The walk back from the cue met "Paradata,"
    /// first and took it for the name the last stretch describes, but that stretch opens with a
    /// verb ("uses big data ..."): it is the rest of the relative clause, so the name before it is
    /// inside that clause, and the clause's antecedent speaks.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>Tokens walked back from a name to the comma and relative word that open its clause.</summary>
        private const int RelativeOpeningReach = 30;

        /// <summary>
        /// The antecedent of the relative clause that holds <paramref name="name"/>, the phrase before
        /// the comma <paramref name="comma"/>, when the stretch after that comma opens with a verb;
        /// null when it does not, or no ", who", ", whose" or ", which" opens a clause within reach.
        /// </summary>
        private static Mention? AntecedentPastInnerAppositive(string text, List<Token> t, Sentence s, Mention name, int comma)
        {
            if (comma + 1 >= s.End || !OpensVerbPhrase(t[comma + 1]) || WordLists.VerbModifiers.Contains(t[comma + 1].Text) || t[comma + 1].Text.EndsWith("ly", System.StringComparison.Ordinal)) return null;
            for (int r = name.First - 1; r > s.First && name.First - r <= RelativeOpeningReach; r--)
            {
                Token w = t[r];
                if (w.Kind == TokenKind.Quote || w.IsPunct(';') || w.IsPunct(':') || IsDash(w)) return null;
                if (!w.IsPunct(',') || RelativePronoun(t[r + 1]) is not (RelativeKind.Who or RelativeKind.Whose or RelativeKind.Which)) continue;
                Mention? antecedent = SubjectEndingAt(text, t, s, r - 1);
                return antecedent is not null && antecedent.Kind == MentionKind.Name && StartsClause(t, s, WithDeterminer(t, s, antecedent.First)) ? antecedent : null;
            }

            return null;
        }
    }
}
