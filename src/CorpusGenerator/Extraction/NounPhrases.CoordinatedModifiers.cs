using System;
using System.Collections.Generic;

namespace CorpusGenerator.Extraction
{
    /// <summary>
    /// "both Christian and Islamic leaders assured their populations", "British and French
    /// officials said": two modifiers joined by "and" before one noun both belong to it. The
    /// description walk stopped at the "and", so the typed speaker was `Islamic leaders` or
    /// `French officials`, half the group (BBC tech/001).
    /// </summary>
    internal static partial class NounPhrases
    {
        /// <summary>
        /// Whether the "and" at <paramref name="and"/> joins the modifier before it to the one
        /// after it (<paramref name="and"/> + 1, which the walk has taken) before the head: both
        /// capitalised adjectives of origin or belief ("Christian", "Islamic", "British"), or both
        /// lower-case role modifiers ("political and religious leaders"). A name before "and"
        /// ("Smith and French officials") or a noun ("the company and senior officials") is a
        /// second member of a list, not a modifier.
        /// </summary>
        private static bool IsCoordinatedModifier(List<Token> t, int and, int head, int sentenceFirst)
        {
            int k = and - 1, next = and + 1;
            if (k < sentenceFirst || next >= head || !t[and].Is("and") || t[and].IsCapitalized) return false;
            Token left = t[k], right = t[next];
            if (!left.IsWord || !right.IsWord || left.IsPossessive || left.IsCapitalized != right.IsCapitalized) return false;
            return IsModifierOfKind(left) && IsModifierOfKind(right);
        }

        /// <summary>A capitalised adjective of origin or belief, or a lower-case role modifier that is no source noun.</summary>
        private static bool IsModifierOfKind(Token w)
        {
            if (w.IsCapitalized)
            {
                string lower = w.Text.ToLowerInvariant();
                return RoleLexicon.IsNationality(lower) || (lower.EndsWith("ian", StringComparison.Ordinal) || lower.EndsWith("ic", StringComparison.Ordinal) || lower.EndsWith("ish", StringComparison.Ordinal)) && !RoleLexicon.IsTitle(w.Text);
            }

            return LooksLikeRoleModifier(w) && !RoleLexicon.IsSourceNoun(w.Text) && !RoleLexicon.IsTitle(w.Text);
        }
    }
}
