using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church in Marion, said":
    /// the name before the appositive's comma is the object of a participle that modifies the noun
    /// opening the clause, so it names no one who speaks; the appositive after the comma names the
    /// pastor. The walk back from the cue took "Mr. Cruz" as the name the appositive describes.
    /// </summary>
    internal static partial class SpeechPatterns
    {
        /// <summary>
        /// The name that opens the appositive between <paramref name="comma"/> and
        /// <paramref name="right"/> when <paramref name="name"/>, right before the comma, is the
        /// object of a participle after a noun that can speak ("pastor supporting Mr. Cruz"); null
        /// otherwise, or when the appositive opens with no name ("..., a Baptist, said").
        /// </summary>
        private static Mention? AppositiveAfterParticipleObject(string text, List<Token> t, Sentence s, Mention name, int comma, int right)
        {
            int p = WithDeterminer(t, s, name.First) - 1;
            if (p - 1 < s.First || !IsParticipleForm(t[p]) || CueLexicon.IsCue(t[p].Text)) return null;
            Token noun = t[p - 1];
            if (!noun.IsWord || noun.IsCapitalized && p - 1 != s.First || !(RoleLexicon.IsSourceNoun(noun.Text) || RoleLexicon.IsTitle(noun.Text))) return null;

            // The noun the participle modifies opens the clause: "One pastor", "Two aides".
            int head = NounPhrases.DeterminerOpening(t, p - 1, s.First);
            if (!StartsClause(t, s, head >= 0 ? head : p - 1)) return null;
            Mention? appositive = SubjectEndingAt(text, t, s, right - 1);
            return appositive is not null && appositive.Kind == MentionKind.Name && appositive.First == comma + 1 ? appositive : null;
        }

        /// <summary>A lower-case participle: "supporting", "backed".</summary>
        private static bool IsParticipleForm(Token w) =>
            w.IsWord && !w.IsCapitalized && w.Text.Length >= 5 && (CueLexicon.IsParticiple(w.Text) || w.Text.EndsWith("ed", System.StringComparison.Ordinal));
    }
}
