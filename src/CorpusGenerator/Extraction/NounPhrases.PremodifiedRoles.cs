using System;
using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// A name, organisation or nationality that only modifies a role, with the person's name
    /// after it: "said ISM survey chairman Norbert Ore", "said Swedish trades union official
    /// Ulf Carlsson", "according to Q magazine editor Paul Rees".
    /// </summary>
    internal static partial class NounPhrases
    {
        /// <summary>At most this many lower-case words make up the role ("shadow local government secretary").</summary>
        private const int MaxPremodifiedRoleWords = 5;

        /// <summary>
        /// The person named after a lower-case role that starts right
        /// after a phrase (<paramref name="modifier"/>) the walk from the cue took for the speaker:
        /// that phrase only modifies the role. The role must end in a title, a source noun or an
        /// agent noun ("producer", "archivist"), and the name must close the clause, so "said
        /// Smith yesterday in London" keeps Smith.
        /// </summary>
        public static Mention? NameAfterPremodifiedRole(string text, List<Token> t, Mention modifier, int sentenceEnd) =>
            modifier.Kind == MentionKind.Pronoun ? null : NameAfterLowerCaseRole(text, t, modifier.End, sentenceEnd, modifier);

        /// <summary>
        /// "according to tourism minister Sontaya Kunplome": the person named after a lower-case
        /// role that starts at <paramref name="first"/> with nothing before it, the same reading
        /// as <see cref="NameAfterPremodifiedRole"/> without the phrase that modifies the role.
        /// The whole phrase was kept as an unnamed source, though it names its speaker.
        /// </summary>
        public static Mention? NameAfterLowerCaseRole(string text, List<Token> t, int first, int sentenceEnd) =>
            NameAfterLowerCaseRole(text, t, first, sentenceEnd, null);

        private static Mention? NameAfterLowerCaseRole(string text, List<Token> t, int first, int sentenceEnd, Mention? modifier)
        {
            int i = first;
            while (i < sentenceEnd && i - first < MaxPremodifiedRoleWords && t[i].IsWord && !t[i].IsCapitalized && !t[i].IsPossessive &&
                   !WordLists.StopWords.Contains(t[i].Text) && !CueLexicon.IsCue(t[i].Text))
            {
                i++;
            }

            if (i == first || !(IsRoleHead(t[i - 1].Text) || (modifier is not null && IsBareRoleAfterName(t, modifier, i - 1)))) return null;
            Mention? named = NameAfterRole(text, t, i - 1, sentenceEnd);
            return named is not null && (named.End >= sentenceEnd || !t[named.End].IsWord) ? named : null;
        }

        /// <summary>
        /// "said Aviator star Alan Alda", "said Chelsea star Frank Lampard": a sport or show-business
        /// role noun (<see cref="BareRoleNouns"/>) alone after a name, as the sentence-opening walk
        /// already reads it. The film or club before it was the typed speaker (<c>Aviator</c>, with
        /// two quotes of Alan Alda's). Only a single role word right after a name, and the name
        /// after it must still have two words and close the clause.
        /// </summary>
        private static bool IsBareRoleAfterName(List<Token> t, Mention modifier, int role) =>
            modifier.Kind == MentionKind.Name && role == modifier.End && BareRoleNouns.Contains(t[role].Text) &&
            role + 2 < t.Count && IsNameish(t[role + 1]) && IsNameish(t[role + 2]);

        private static bool IsRoleHead(string w) =>
            RoleLexicon.IsTitle(w) || RoleLexicon.IsSourceNoun(w) || (w.Length >= 5 && (w.EndsWith("er", StringComparison.Ordinal) ||
            w.EndsWith("or", StringComparison.Ordinal) || w.EndsWith("ist", StringComparison.Ordinal)));
    }
}
